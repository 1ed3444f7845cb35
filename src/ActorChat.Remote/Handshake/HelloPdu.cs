using ActorChat.Actors;

namespace ActorChat.Remote.Handshake;

/// <summary>The handshake greeting each side sends first (wire record, not an actor message).</summary>
internal sealed record HelloPdu(
    byte Major,
    byte Minor,
    bool SecretRequired,
    long Uid,
    Address From,
    string ToSystem,
    byte[] Nonce);
