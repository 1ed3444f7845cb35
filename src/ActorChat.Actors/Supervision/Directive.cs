namespace ActorChat.Actors.Supervision;

/// <summary>What a supervisor does with a failed child.</summary>
public enum Directive
{
    /// <summary>Keep the child's state; continue with its next message.</summary>
    Resume,

    /// <summary>Replace the child's instance (if restart permission is granted; otherwise Stop).</summary>
    Restart,

    /// <summary>Fail the supervisor itself with the same exception.</summary>
    Escalate,

    /// <summary>Stop the child.</summary>
    Stop,
}
