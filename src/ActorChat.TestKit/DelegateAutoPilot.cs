using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>An <see cref="AutoPilot"/> from a function.</summary>
public sealed class DelegateAutoPilot(Func<IActorRef, object, AutoPilot> run) : AutoPilot
{
    private readonly Func<IActorRef, object, AutoPilot> _run = run ?? throw new ArgumentNullException(nameof(run));

    public override AutoPilot Run(IActorRef sender, object message) => _run(sender, message);
}
