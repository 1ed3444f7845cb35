namespace ActorChat.Actors;

/// <summary>Everything an actor can do with its runtime; code can take a narrower role interface.</summary>
public interface IActorContext : IMessageContext, IActorRefFactory, ICanWatch, ICanStop, IBehaviorContext
{
    IActorRef Parent { get; }

    ActorSystem System { get; }

    Props Props { get; }

    /// <summary>The named child, or <see cref="ActorRefs.Nobody"/>.</summary>
    IActorRef Child(string name);

    IEnumerable<IActorRef> GetChildren();
}
