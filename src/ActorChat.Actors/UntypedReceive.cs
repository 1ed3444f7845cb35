namespace ActorChat.Actors;

/// <summary>A behaviour of an <see cref="UntypedActor"/>: every message counts as handled.</summary>
public delegate void UntypedReceive(object message);
