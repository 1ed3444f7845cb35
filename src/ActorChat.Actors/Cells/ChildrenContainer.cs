using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Cells;

/// <summary>
/// A cell's children bookkeeping, allocated on the first child (or at termination) rather than with
/// every cell: most actors never have children, and these three objects were ~180 bytes of every idle
/// actor. All members are guarded by <see cref="Gate"/>.
/// </summary>
internal sealed class ChildrenContainer
{
    public Lock Gate { get; } = new();

    /// <summary>name → stats; a null value is a reservation whose cell is still being built.</summary>
    public Dictionary<string, ChildRestartStats?> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Children asked to stop whose death notification has not been processed yet.</summary>
    public HashSet<IActorRef> ToDie { get; } = [];

    /// <summary>Counter for generated child names (interlocked: top-level actors are created from any thread).</summary>
    public long NameSequence;
}
