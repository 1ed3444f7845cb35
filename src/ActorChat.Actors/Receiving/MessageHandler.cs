namespace ActorChat.Actors.Receiving;

/// <summary>One registered handler of a <see cref="ReceiveActor"/> behaviour.</summary>
internal abstract class MessageHandler
{
    /// <summary>True when this handler matches everything, so nothing may be registered after it.</summary>
    public abstract bool IsCatchAll { get; }

    public abstract bool TryHandle(object message);
}
