using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>The protocol implementation for a <see cref="ProtocolKind"/>.</summary>
internal static class ProtocolFactory
{
    public static IChatProtocol For(ProtocolKind kind) => kind switch
    {
        ProtocolKind.Irc => IrcProtocol.Instance,
        _ => LineProtocol.Instance,
    };
}
