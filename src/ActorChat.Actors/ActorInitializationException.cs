namespace ActorChat.Actors;

/// <summary>
/// The actor's constructor or PreStart threw (or it was created with <c>new</c> outside the framework).
/// The default decider stops such an actor rather than restarting it in a loop.
/// </summary>
public class ActorInitializationException : ActorChatException
{
    public ActorInitializationException()
    {
    }

    public ActorInitializationException(string message)
        : base(message)
    {
    }

    public ActorInitializationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ActorInitializationException(IActorRef? actor, string message, Exception? innerException)
        : base(message, innerException!)
    {
        Actor = actor;
    }

    /// <summary>The actor that failed to initialize, when known.</summary>
    public IActorRef? Actor { get; }
}
