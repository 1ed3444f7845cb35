namespace ActorChat.Actors;

/// <summary>PostRestart threw on the new instance; <see cref="OriginalCause"/> is what caused the restart.</summary>
public sealed class PostRestartException : ActorInitializationException
{
    public PostRestartException()
    {
    }

    public PostRestartException(string message)
        : base(message)
    {
    }

    public PostRestartException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public PostRestartException(IActorRef actor, Exception cause, Exception originalCause)
        : base(actor, "Exception post restart (" + originalCause?.GetType().Name + ")", cause)
    {
        OriginalCause = originalCause;
    }

    public Exception? OriginalCause { get; }
}
