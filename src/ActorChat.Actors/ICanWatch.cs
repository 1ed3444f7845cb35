namespace ActorChat.Actors;

/// <summary>Role: DeathWatch.</summary>
public interface ICanWatch
{
    /// <summary>Delivers one <see cref="Terminated"/> when <paramref name="subject"/> stops. Returns it.</summary>
    IActorRef Watch(IActorRef subject);

    /// <summary>Like <see cref="Watch"/>, but delivers <paramref name="message"/> instead of Terminated.</summary>
    IActorRef WatchWith(IActorRef subject, object message);

    /// <summary>Stops watching and discards a Terminated for the subject that may already be queued.</summary>
    IActorRef Unwatch(IActorRef subject);
}
