namespace ActorChat.Remote;

/// <summary>Where an association stands (for inspection).</summary>
public enum AssociationState
{
    /// <summary>No connection and none being made; the next send connects.</summary>
    Idle,

    Connecting,

    /// <summary>Handshake done; messages flow both ways over one connection.</summary>
    Active,

    /// <summary>The last connect failed; user messages are dropped until the gate opens.</summary>
    Gated,

    /// <summary>The known incarnation (UID) was quarantined; only a restarted node (new UID) is accepted.</summary>
    Quarantined,
}
