using ActorChat.Actors;
using ActorChat.Hocon;

namespace ActorChat.Remote.Tests.Infrastructure;

/// <summary>
/// The TestKit system ("A", remoting on 127.0.0.1, a free port) plus more nodes on demand. Short
/// failure-detector timings keep real-time tests quick; the pause (1.5 s) is still long enough that a
/// starved test process on a loaded shared box does not look dead (600 ms gave false
/// AddressTerminated there). Every extra node is terminated at the end.
/// </summary>
public abstract class RemoteTestBase : ActorChat.TestKit.TestKit, IAsyncLifetime
{
    public const string Hocon = """
        actorchat.remote {
          hostname = "127.0.0.1"
          port = 0
          handshake-timeout = 3 s
          retry-gate-closed-for = 200 ms
          resend-interval = 300 ms
          watch-failure-detector {
            heartbeat-interval = 100 ms
            acceptable-heartbeat-pause = 1500 ms
            min-std-deviation = 50 ms
            unreachable-nodes-reaper-interval = 100 ms
            expected-response-after = 300 ms
          }
        }
        """;

    private readonly List<ActorSystem> _nodes = [];

    protected RemoteTestBase(string extraConfig = "", TimeProvider? time = null)
        : this(new CapturingLoggerFactory(), extraConfig, time)
    {
    }

    private RemoteTestBase(CapturingLoggerFactory logs, string extraConfig, TimeProvider? time)
        : base(new ActorSystemSetup { Config = ConfigurationFactory.ParseString(Hocon + "\n" + extraConfig), LoggerFactory = logs, TimeProvider = time }, "A")
    {
        Logs = logs;
        Remote = Remoting.Start(Sys, Setup());
    }

    protected CapturingLoggerFactory Logs { get; }

    protected Remoting Remote { get; }

    protected static RemoteSetup Setup(bool registerSecret = true)
    {
        var types = new RemoteMessageTypes().Register<ReplyTo>("test.ReplyTo").Register<Reply>("test.Reply");
        if (registerSecret)
        {
            types.Register<Secret>("test.Secret");
        }

        return new RemoteSetup { MessageTypes = types };
    }

    protected (ActorSystem System, Remoting Remote, CapturingLoggerFactory Logs) StartNode(string name, string extraConfig = "", RemoteSetup? setup = null)
    {
        var logs = new CapturingLoggerFactory();
        var system = ActorSystem.Create(name, new ActorSystemSetup
        {
            Config = ConfigurationFactory.ParseString(Hocon + "\n" + extraConfig),
            LoggerFactory = logs,
        });
        _nodes.Add(system);
        return (system, Remoting.Start(system, setup ?? Setup()), logs);
    }

    protected IActorRef RemoteRef(Remoting node, string path) => Remote.ResolveActorRef(node.Address + path);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.Terminate().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
        }
    }
}
