namespace ActorChat.LoadGen.Cli;

/// <summary>The wire protocol spoken to the server.</summary>
internal enum ProtocolKind
{
    /// <summary>ActorChat's line protocol (design doc §6).</summary>
    Line,

    /// <summary>IRC (RFC 1459 subset: NICK/USER, PRIVMSG, JOIN, PING/PONG), e.g. ngircd.</summary>
    Irc,
}
