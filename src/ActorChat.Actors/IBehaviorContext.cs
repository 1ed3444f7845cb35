namespace ActorChat.Actors;

/// <summary>Role: behaviour switching and receive timeout.</summary>
public interface IBehaviorContext
{
    /// <summary>Replaces the current behaviour (the initial one is never popped).</summary>
    void Become(Receive receive);

    /// <summary>Pushes a behaviour.</summary>
    void BecomeStacked(Receive receive);

    /// <summary>Pops a behaviour, never below the initial one.</summary>
    void UnbecomeStacked();

    /// <summary>Null (or zero/infinite) disables the timeout.</summary>
    void SetReceiveTimeout(TimeSpan? timeout);

    TimeSpan? ReceiveTimeout { get; }
}
