namespace ActorChat.Actors.Events;

/// <summary>Marks messages that, when they end up in dead letters, are published but never logged.</summary>
public interface IDeadLetterSuppression;
