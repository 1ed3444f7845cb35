namespace ActorChat.Actors;

/// <summary>Scheduling after the scheduler has shut down.</summary>
public sealed class SchedulerException : ActorChatException
{
    public SchedulerException()
    {
    }

    public SchedulerException(string message)
        : base(message)
    {
    }

    public SchedulerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
