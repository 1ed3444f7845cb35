namespace ActorChat.Actors;

/// <summary>Sends a task's outcome to an actor: the result (or mapped value), or <see cref="Status.Failure"/>.</summary>
public static class PipeToExtensions
{
    public static async Task PipeTo<T>(this Task<T> task, ICanTell recipient, IActorRef? sender = null, Func<T, object>? success = null, Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        object message;
        try
        {
            var result = await task.ConfigureAwait(false);
            message = success is not null ? success(result) : (object?)result ?? new Status.Success(null);
        }
        catch (Exception e)
        {
            message = failure is not null ? failure(e) : new Status.Failure(e);
        }

        recipient.Tell(message, sender);
    }

    public static async Task PipeTo(this Task task, ICanTell recipient, IActorRef? sender = null, Func<object>? success = null, Func<Exception, object>? failure = null)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(recipient);
        object message;
        try
        {
            await task.ConfigureAwait(false);
            message = success is not null ? success() : new Status.Success(null);
        }
        catch (Exception e)
        {
            message = failure is not null ? failure(e) : new Status.Failure(e);
        }

        recipient.Tell(message, sender);
    }
}
