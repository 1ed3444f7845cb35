namespace ActorChat.TestKit.Internal;

/// <summary>
/// What the test thread can change about its TestActor while it runs: which messages it drops and its
/// auto-pilot. Plain volatile fields rather than control messages, so that a change is in effect as soon
/// as the setter returns (the TestActor is a normal actor, not on the calling thread; see <see cref="TestActor"/>).
/// </summary>
internal sealed class TestActorHooks
{
    private volatile Func<object, bool>? _ignore;
    private volatile AutoPilot _autoPilot = AutoPilot.NoAutoPilot;

    public Func<object, bool>? Ignore
    {
        get => _ignore;
        set => _ignore = value;
    }

    public AutoPilot AutoPilot
    {
        get => _autoPilot;
        set => _autoPilot = value;
    }
}
