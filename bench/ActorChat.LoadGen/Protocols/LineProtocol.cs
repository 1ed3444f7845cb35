using System.Text;
using ActorChat.LoadGen.Cli;

namespace ActorChat.LoadGen.Protocols;

/// <summary>
/// ActorChat's line protocol (design doc §6): the name as the first line, answered by
/// <c>info: welcome NAME</c>; <c>r1, r2: text</c> out; <c>from SENDER: text</c> in; errors start <c>error:</c>.
/// </summary>
internal sealed class LineProtocol : IChatProtocol
{
    public static LineProtocol Instance { get; } = new();

    public ProtocolKind Kind => ProtocolKind.Line;

    public ReadOnlySpan<byte> Terminator => "\n"u8;

    public byte[] Login(string name) => Encoding.ASCII.GetBytes(name + "\n");

    public byte[] DirectPrefix(string target) => Encoding.ASCII.GetBytes(target + ": ");

    public byte[] FanoutPrefix(IReadOnlyList<string> recipients) => Encoding.ASCII.GetBytes(string.Join(", ", recipients) + ": ");

    public byte[]? FanoutJoin() => null;

    public InboundKind Classify(ReadOnlySpan<byte> line, out int offset)
    {
        offset = 0;
        if (line.StartsWith("from "u8))
        {
            // Names cannot hold ':', so the first ": " after the sender ends it.
            var colon = line[5..].IndexOf(": "u8);
            if (colon < 0)
            {
                return InboundKind.Other;
            }

            offset = 5 + colon + 2;
            return InboundKind.Delivery;
        }

        if (line.StartsWith("error:"u8))
        {
            return InboundKind.Error;
        }

        return line.StartsWith("info: welcome "u8) ? InboundKind.Welcome : InboundKind.Other;
    }

    public byte[] Pong(ReadOnlySpan<byte> token) => [];
}
