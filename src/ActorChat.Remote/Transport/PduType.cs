namespace ActorChat.Remote.Transport;

/// <summary>First byte of every frame's payload.</summary>
internal enum PduType : byte
{
    /// <summary>Handshake: magic, version, flags, UID, address, expected system, nonce.</summary>
    Hello = 0x01,

    /// <summary>Handshake: HMAC proof of the shared secret.</summary>
    Proof = 0x02,

    /// <summary>Handshake refused; a reason code and text follow, then the connection closes.</summary>
    Refuse = 0x03,

    /// <summary>A user message (at most once).</summary>
    User = 0x10,

    /// <summary>A sequenced system message (watch/unwatch/death notification), acked and resent.</summary>
    System = 0x11,

    /// <summary>Cumulative ack of system messages.</summary>
    Ack = 0x12,

    /// <summary>Remote DeathWatch heartbeat request.</summary>
    Heartbeat = 0x13,

    /// <summary>Heartbeat answer carrying the responder's UID.</summary>
    HeartbeatResponse = 0x14,

    /// <summary>Orderly close (shutdown, quarantine).</summary>
    Goodbye = 0x15,
}
