namespace ActorChat.LoadGen.Protocols;

/// <summary>What a line from the server means to the generator.</summary>
internal enum InboundKind
{
    /// <summary>Anything else (notices, MOTD, JOIN echoes of others): ignored.</summary>
    Other,

    /// <summary>A chat message for this client; its text starts at the returned offset.</summary>
    Delivery,

    /// <summary>An error reply; counted and reported, never fatal by itself.</summary>
    Error,

    /// <summary>IRC keep-alive; must be answered with PONG (token at the returned offset).</summary>
    Ping,

    /// <summary>Login accepted (<c>info: welcome NAME</c> / IRC numeric 001).</summary>
    Welcome,

    /// <summary>IRC end of the NAMES list after a JOIN: the client is in the channel.</summary>
    Joined,
}
