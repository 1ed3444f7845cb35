using ActorChat.Actors;

namespace ActorChat.Remote;

/// <summary>A snapshot of one association, for the CLI and tests.</summary>
public sealed record AssociationInfo(
    Address RemoteAddress,
    AssociationState State,
    long RemoteUid,
    long MessagesOut,
    long MessagesIn,
    long BytesOut,
    long BytesIn,
    long Drops,
    double Phi);
