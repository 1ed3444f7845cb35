using ActorChat.Actors.Events;

namespace ActorChat.Chat.Management.Hosting;

/// <summary>/user/cmd/dead-letters: counts dead letters from the event stream for <c>chat stats</c>.</summary>
internal sealed class DeadLetterCounter : ReceiveActor
{
    public DeadLetterCounter(ManagementContext node)
    {
        Receive<DeadLetter>(_ => node.OnDeadLetter());
    }

    public static Props Props(ManagementContext node) => Actors.Props.Create(() => new DeadLetterCounter(node));

    protected override void PreStart() => Context.System.EventStream.Subscribe(Self, typeof(DeadLetter));

    protected override void PostStop() => Context.System.EventStream.Unsubscribe(Self);
}
