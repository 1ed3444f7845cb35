namespace ActorChat.Actors.Dispatch;

/// <summary>Base of the markers that name what an actor needs from its queue (see <see cref="IRequiresMessageQueue{T}"/>).</summary>
public interface IMessageQueueSemantics;
