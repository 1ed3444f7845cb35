using ActorChat.LoadGen.Cli;

namespace ActorChat.LoadGen.Protocols;

/// <summary>
/// Everything protocol-specific: the bytes a client sends (built once per client or target, so the
/// send path only copies) and the classification of one received line (no allocation).
/// </summary>
internal interface IChatProtocol
{
    ProtocolKind Kind { get; }

    /// <summary>Line end the server expects from clients.</summary>
    ReadOnlySpan<byte> Terminator { get; }

    /// <summary>What a new connection sends to log in as <paramref name="name"/>.</summary>
    byte[] Login(string name);

    /// <summary>The start of a message line to one user; the text and terminator follow.</summary>
    byte[] DirectPrefix(string target);

    /// <summary>The start of a message line to all fan-out recipients.</summary>
    byte[] FanoutPrefix(IReadOnlyList<string> recipients);

    /// <summary>What fan-out members send before the run (IRC: join the channel); null when nothing is needed.</summary>
    byte[]? FanoutJoin();

    /// <summary>Classifies one line without its terminator; <paramref name="offset"/> is where the text (Delivery) or token (Ping) starts.</summary>
    InboundKind Classify(ReadOnlySpan<byte> line, out int offset);

    /// <summary>The answer to a Ping whose token is <paramref name="token"/>.</summary>
    byte[] Pong(ReadOnlySpan<byte> token);
}
