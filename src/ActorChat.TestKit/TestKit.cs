using ActorChat.Actors;
using ActorChat.Hocon;
using ActorChat.TestKit.Internal;
using Xunit;
using Xunit.Abstractions;

namespace ActorChat.TestKit;

/// <summary>
/// xunit base class: one actor system (named <c>test</c>) per test, a TestActor that is the implicit
/// sender of the test's <c>actor.Tell(msg)</c>, and the expectation API. Disposing terminates the
/// system and fails the test if that takes longer than the dilated <c>default-timeout</c>.
/// </summary>
/// <remarks>
/// Tests in a namespace under <c>ActorChat</c> must name the class as <c>ActorChat.TestKit.TestKit</c>,
/// because the namespace <c>ActorChat.TestKit</c> is found before any using directive.
/// </remarks>
public class TestKit : TestKitBase, IDisposable
{
    private static readonly Config Reference =
        ConfigurationFactory.FromResource(typeof(TestKit).Assembly, "ActorChat.TestKit.reference.conf");

    private bool _disposed;

    public TestKit()
        : this(Config.Empty, null)
    {
    }

    public TestKit(ITestOutputHelper output)
        : this(Config.Empty, output)
    {
    }

    public TestKit(string hocon, ITestOutputHelper? output = null)
        : this(ConfigurationFactory.ParseString(hocon), output)
    {
    }

    public TestKit(Config config, ITestOutputHelper? output = null)
        : this(new ActorSystemSetup { Config = config }, output)
    {
    }

    /// <summary>Full control: e.g. a manual <see cref="TimeProvider"/> for virtual time.</summary>
    public TestKit(ActorSystemSetup setup, ITestOutputHelper? output = null)
        : this(CreateSystem(setup, output))
    {
    }

    private TestKit((ActorSystem System, TestKitSettings Settings) created)
        : base(created.System, created.Settings)
    {
        AmbientSender.Current = TestActor;
    }

    /// <summary>Terminates the system (bounded), then fails if it did not terminate in time.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (_disposed || !disposing)
        {
            return;
        }

        _disposed = true;
        if (ReferenceEquals(AmbientSender.Current, TestActor))
        {
            AmbientSender.Current = null;
        }

        var bound = Dilated(TestKitSettings.DefaultTimeout);
        using var done = new ManualResetEventSlim(false);
        Sys.Terminate().ContinueWith(static (_, s) => ((ManualResetEventSlim)s!).Set(), done, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        var terminated = done.Wait(bound);
        if (!terminated)
        {
            Assert.Fail($"Actor system {Sys.Name} did not terminate within {bound}");
        }
    }

    private static (ActorSystem, TestKitSettings) CreateSystem(ActorSystemSetup setup, ITestOutputHelper? output)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var config = setup.Config is { IsEmpty: false } user ? user.WithFallback(Reference) : Reference;
        var effective = setup with
        {
            Config = config,
            LoggerFactory = setup.LoggerFactory ?? (output is null ? null : new TestOutputLoggerFactory(output)),
        };
        return (ActorSystem.Create("test", effective), TestKitSettings.Bind(config));
    }
}
