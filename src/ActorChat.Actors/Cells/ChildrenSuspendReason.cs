namespace ActorChat.Actors.Cells;

/// <summary>Why a cell is waiting for children to die before continuing.</summary>
internal enum ChildrenSuspendReason
{
    /// <summary>Not waiting (children stopped on request die in the background).</summary>
    None,

    /// <summary>Restart waits for the children stopped in PreRestart.</summary>
    Recreation,

    /// <summary>Retrying a failed creation waits for the children the failed constructor made.</summary>
    Creation,

    /// <summary>Stop waits for all children.</summary>
    Termination,
}
