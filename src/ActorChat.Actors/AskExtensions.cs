using ActorChat.Actors.Cells;
using ActorChat.Actors.Refs;

namespace ActorChat.Actors;

/// <summary>
/// Request/response with actors. Timeout: the given one, else <c>actorchat.actor.ask-timeout</c>
/// (default infinite); zero, negative or infinite means none. Expiry faults with
/// <see cref="AskTimeoutException"/>; a <see cref="Status.Failure"/> reply faults with its cause; a reply of
/// another type faults with <see cref="ArgumentException"/>; cancellation cancels the task.
/// </summary>
public static class AskExtensions
{
    public static Task<object> Ask(this ICanTell target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default) =>
        Ask<object>(target, message, timeout, cancellationToken);

    public static Task<T> Ask<T>(this ICanTell target, object message, CancellationToken cancellationToken) =>
        Ask<T>(target, message, null, cancellationToken);

    public static Task<T> Ask<T>(this ICanTell target, object message, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        return Ask<T>(target, _ => message, timeout, cancellationToken);
    }

    /// <summary>Builds the message from the temporary reply-to ref (for protocols that carry it).</summary>
    public static Task<T> Ask<T>(this ICanTell target, Func<IActorRef, object> messageFactory, TimeSpan? timeout = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(messageFactory);
        var system = SystemOf(target);
        var future = new FutureActorRef<T>(system, system.TempContainer.NextPath());
        var message = messageFactory(future);
        ArgumentNullException.ThrowIfNull(message, nameof(messageFactory));
        future.Start(target, message, timeout ?? system.Settings.AskTimeout, cancellationToken);
        return future.Task;
    }

    internal static ActorSystemImpl SystemOf(ICanTell target) => target switch
    {
        IInternalActorRef { System: { } system } => system,
        ActorSelection selection => selection.System,
        _ => ActorCell.Current?.System ?? throw new ArgumentException($"Cannot find the actor system of [{target}].", nameof(target)),
    };
}
