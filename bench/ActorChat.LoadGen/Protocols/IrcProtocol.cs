using System.Text;
using ActorChat.LoadGen.Cli;

namespace ActorChat.LoadGen.Protocols;

/// <summary>
/// The IRC subset a chat benchmark needs (RFC 1459/2812): <c>NICK</c> + <c>USER</c> then wait for numeric
/// 001; <c>PRIVMSG nick :text</c> out and <c>:nick!user@host PRIVMSG me :text</c> in; PING answered with
/// PONG. IRC lines are limited to 512 bytes, so fan-out goes through one channel everybody joins.
/// </summary>
internal sealed class IrcProtocol : IChatProtocol
{
    public const string FanoutChannel = "#fanout";

    public static IrcProtocol Instance { get; } = new();

    public ProtocolKind Kind => ProtocolKind.Irc;

    public ReadOnlySpan<byte> Terminator => "\r\n"u8;

    public byte[] Login(string name) => Encoding.ASCII.GetBytes($"NICK {name}\r\nUSER {name} 0 * :{name}\r\n");

    public byte[] DirectPrefix(string target) => Encoding.ASCII.GetBytes($"PRIVMSG {target} :");

    public byte[] FanoutPrefix(IReadOnlyList<string> recipients) => Encoding.ASCII.GetBytes($"PRIVMSG {FanoutChannel} :");

    public byte[]? FanoutJoin() => Encoding.ASCII.GetBytes($"JOIN {FanoutChannel}\r\n");

    public InboundKind Classify(ReadOnlySpan<byte> line, out int offset)
    {
        offset = 0;
        if (line.StartsWith("PING "u8))
        {
            offset = 5;
            return InboundKind.Ping;
        }

        if (line.StartsWith("ERROR"u8))
        {
            return InboundKind.Error;
        }

        if (line.IsEmpty || line[0] != (byte)':')
        {
            return InboundKind.Other;
        }

        // ":prefix COMMAND params"
        var space = line.IndexOf((byte)' ');
        if (space < 0)
        {
            return InboundKind.Other;
        }

        var rest = line[(space + 1)..];
        var commandEnd = rest.IndexOf((byte)' ');
        var command = commandEnd < 0 ? rest : rest[..commandEnd];
        if (command.SequenceEqual("PRIVMSG"u8))
        {
            // The text is the trailing parameter, after the first " :" that follows the command.
            var trailing = rest[command.Length..].IndexOf(" :"u8);
            if (trailing < 0)
            {
                return InboundKind.Other;
            }

            offset = space + 1 + command.Length + trailing + 2;
            return InboundKind.Delivery;
        }

        return command.Length == 3 && IsDigits(command) ? Numeric(command) : InboundKind.Other;
    }

    public byte[] Pong(ReadOnlySpan<byte> token)
    {
        var pong = new byte[5 + token.Length + 2];
        "PONG "u8.CopyTo(pong);
        token.CopyTo(pong.AsSpan(5));
        "\r\n"u8.CopyTo(pong.AsSpan(5 + token.Length));
        return pong;
    }

    private static InboundKind Numeric(ReadOnlySpan<byte> code)
    {
        if (code.SequenceEqual("001"u8))
        {
            return InboundKind.Welcome;
        }

        if (code.SequenceEqual("366"u8))
        {
            return InboundKind.Joined;
        }

        // 4xx/5xx are error replies. 422 (ERR_NOMOTD) is the exception: servers without a MOTD send
        // it to every client at login, so counting it would report an error per connection.
        return code[0] is (byte)'4' or (byte)'5' && !code.SequenceEqual("422"u8) ? InboundKind.Error : InboundKind.Other;
    }

    private static bool IsDigits(ReadOnlySpan<byte> text)
    {
        foreach (var b in text)
        {
            if (b is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
        }

        return true;
    }
}
