using ActorChat.Actors.Shutdown;
using ActorChat.Hocon;

namespace ActorChat.Actors.Tests.Shutdown;

/// <summary>A test kit whose system logs everything (DEBUG) into <see cref="Logs"/>, optionally on a manual clock.</summary>
public abstract class ShutdownTestKit : ActorChat.TestKit.TestKit
{
    /// <summary>Bound for every await in these tests (the machine is shared, so generous).</summary>
    protected static readonly TimeSpan Bound = TimeSpan.FromSeconds(30);

    protected ShutdownTestKit(string hocon = "", TimeProvider? time = null)
        : this(new CapturingLoggerFactory(), hocon, time)
    {
    }

    private ShutdownTestKit(CapturingLoggerFactory logs, string hocon, TimeProvider? time)
        : base(new ActorSystemSetup
        {
            Config = ConfigurationFactory.ParseString("actorchat.loglevel = DEBUG\n" + hocon),
            LoggerFactory = logs,
            TimeProvider = time,
        }) => Logs = logs;

    public CapturingLoggerFactory Logs { get; }

    public CoordinatedShutdown Shutdown => CoordinatedShutdown.Get(Sys);

    /// <summary>Names of the phases whose start was logged, in log order.</summary>
    protected IReadOnlyList<string> StartedPhases() =>
        [.. Logs.WithId(1103).Select(r => (string)r.State["Phase"]!)];

    /// <summary>For tests whose run aborted (so Terminate would not stop the actors): stop them directly.</summary>
    public Task ForceTerminateAsync()
    {
        ((ActorSystemImpl)Sys).FinalTerminate();
        return Sys.WhenTerminated.WaitAsync(Bound);
    }
}
