namespace ActorChat.RemotePingPong;

/// <summary>The JSON variant of the bounced message: a small registered record.</summary>
public sealed record Ping(int Seq, string Text);
