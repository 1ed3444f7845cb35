namespace ActorChat.Remote.Transport;

/// <summary>Why a peer closes an open association on purpose.</summary>
internal enum GoodbyeReason : byte
{
    Shutdown = 1,
    Quarantined = 2,
}
