namespace ActorChat.Actors;

/// <summary>A behaviour: returns false when it does not handle the message.</summary>
public delegate bool Receive(object message);
