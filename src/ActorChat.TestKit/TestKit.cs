using System.Globalization;
using ActorChat.Actors;
using ActorChat.Hocon;
using ActorChat.TestKit.EventFilter;
using ActorChat.TestKit.Internal;
using Xunit;
using Xunit.Abstractions;

namespace ActorChat.TestKit;

/// <summary>
/// xunit base class: one actor system (named <c>test</c> unless given) per test, a TestActor that is
/// the implicit sender of the test's <c>actor.Tell(msg)</c>, the expectation API, and log capture for
/// <see cref="TestKitBase.EventFilter"/>. Disposing terminates the system and fails the test if that
/// takes longer than the dilated <c>actorchat.test.shutdown-timeout</c>.
/// </summary>
/// <remarks>
/// Tests in a namespace under <c>ActorChat</c> (but not under <c>ActorChat.TestKit</c>) must name the
/// class as <c>ActorChat.TestKit.TestKit</c>, because the namespace <c>ActorChat.TestKit</c> is found
/// before any using directive.
/// </remarks>
public class TestKit : TestKitBase, IDisposable
{
    private const string DefaultSystemName = "test";

    private static readonly Config Reference =
        ConfigurationFactory.FromResource(typeof(TestKit).Assembly, "ActorChat.TestKit.reference.conf");

    private bool _disposed;

    public TestKit()
        : this(new ActorSystemSetup(), DefaultSystemName, null)
    {
    }

    public TestKit(ITestOutputHelper output)
        : this(new ActorSystemSetup(), DefaultSystemName, output)
    {
    }

    /// <summary>A HOCON string layered over the test kit's and the runtime's reference config.</summary>
    public TestKit(string hocon, ITestOutputHelper? output = null)
        : this(ConfigurationFactory.ParseString(hocon), output)
    {
    }

    public TestKit(Config config, ITestOutputHelper? output = null)
        : this(new ActorSystemSetup { Config = config }, DefaultSystemName, output)
    {
    }

    public TestKit(Config config, string actorSystemName, ITestOutputHelper? output = null)
        : this(new ActorSystemSetup { Config = config }, actorSystemName, output)
    {
    }

    /// <summary>Full control: e.g. a manual <see cref="TimeProvider"/> for virtual time, or a logger factory that receives every unmuted entry.</summary>
    public TestKit(ActorSystemSetup setup, ITestOutputHelper? output = null)
        : this(setup, DefaultSystemName, output)
    {
    }

    public TestKit(ActorSystemSetup setup, string actorSystemName, ITestOutputHelper? output = null)
        : this(CreateSystem(setup, actorSystemName, output))
    {
    }

    private TestKit((ActorSystem System, TestKitSettings Settings) created)
        : base(created.System, created.Settings)
    {
        AmbientSender.Current = TestActor;
    }

    /// <summary>Terminates the system, then fails (throws) if it did not terminate within the bound.</summary>
    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    /// <remarks>
    /// Blocking here is deliberate: xunit 2 disposes test classes synchronously, and the wait is bounded
    /// by <c>shutdown-timeout</c>. On timeout the system is left to finish in the background (nothing
    /// can force an actor out of a blocking PostStop) and the test fails with the reason.
    /// </remarks>
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

        var bound = Dilated(TestKitSettings.ShutdownTimeout);
        if (!Sys.Terminate().Wait(bound))
        {
            Assert.Fail(string.Create(CultureInfo.InvariantCulture,
                $"Actor system {Sys.Name} did not terminate within {bound.TotalMilliseconds:0} ms (actorchat.test.shutdown-timeout, dilated)"));
        }
    }

    private static (ActorSystem, TestKitSettings) CreateSystem(ActorSystemSetup setup, string actorSystemName, ITestOutputHelper? output)
    {
        ArgumentNullException.ThrowIfNull(setup);
        ArgumentNullException.ThrowIfNull(actorSystemName);
        var config = setup.Config is { IsEmpty: false } user ? user.WithFallback(Reference) : Reference;
        var settings = TestKitSettings.Bind(config);

        // Every entry goes through the capture (for EventFilter); unclaimed ones continue to the
        // test's own logger factory if it gave one, else to the xunit output if given.
        var downstream = setup.LoggerFactory ?? (output is null ? null : new TestOutputLoggerFactory(output));
        var capture = new CapturingLoggerFactory(new CapturingLoggerProvider(new TestEventSink(), downstream));
        var effective = setup with { Config = config, LoggerFactory = capture };
        return (ActorSystem.Create(actorSystemName, effective), settings);
    }
}
