namespace ActorChat.Actors;

/// <summary>Anything a message can be sent to: an actor ref or an actor selection.</summary>
public interface ICanTell
{
    /// <summary>Sends <paramref name="message"/> asynchronously; a null sender means "no sender".</summary>
    void Tell(object message, IActorRef? sender);
}
