namespace ActorChat.Actors;

/// <summary>Messages the cell handles itself before (or instead of) the user's receive.</summary>
internal interface IAutoReceivedMessage;
