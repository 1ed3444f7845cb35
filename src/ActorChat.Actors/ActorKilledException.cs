namespace ActorChat.Actors;

/// <summary>Thrown inside an actor that processes <see cref="Kill"/>; the default decider stops it.</summary>
public sealed class ActorKilledException : ActorChatException
{
    public ActorKilledException()
    {
    }

    public ActorKilledException(string message)
        : base(message)
    {
    }

    public ActorKilledException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
