namespace ActorChat.Remote.Handshake;

/// <summary>Why a handshake was refused; sent in a Refuse PDU and logged on both sides.</summary>
public enum RefuseReason : byte
{
    Malformed = 1,
    WrongMagic = 2,
    WrongVersion = 3,
    WrongSystem = 4,
    SecretMismatch = 5,
    WrongProof = 6,
    Quarantined = 7,
    Timeout = 8,
    Duplicate = 9,
    UnexpectedAddress = 10,
    ShuttingDown = 11,

    /// <summary>The TLS handshake failed (only logged: without TLS there is no channel to send it on).</summary>
    Tls = 12,
}
