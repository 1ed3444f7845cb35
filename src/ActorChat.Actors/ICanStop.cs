namespace ActorChat.Actors;

/// <summary>Role: stops actors (a system message that overtakes the target's queued messages).</summary>
public interface ICanStop
{
    void Stop(IActorRef actor);
}
