using System.Text;

namespace ActorChat.Chat.Broker;

/// <summary>Bytes for a connection to write: one or more complete '\n'-terminated lines (shared, never mutated).</summary>
internal sealed record Deliver(byte[] Bytes)
{
    public static Deliver Line(string line) => new(Encoding.UTF8.GetBytes(line + "\n"));

    public override string ToString() => Encoding.UTF8.GetString(Bytes);
}
