using ActorChat.Actors.Refs;
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

    /// <summary>
    /// name → entry: null while the name is reserved and the cell still being built, then the child's
    /// <see cref="IInternalActorRef"/>, replaced by its <see cref="ChildRestartStats"/> the first time a
    /// failure needs restart statistics. Storing the ref until then saves a 40-byte stats object per
    /// child; most children never fail.
    /// </summary>
    public Dictionary<string, object?> ByName { get; } = new(StringComparer.Ordinal);

    /// <summary>Children asked to stop whose death notification has not been processed yet.</summary>
    public HashSet<IActorRef> ToDie { get; } = [];

    /// <summary>Counter for generated child names (interlocked: top-level actors are created from any thread).</summary>
    public long NameSequence;

    /// <summary>The child an entry of <see cref="ByName"/> stands for; null for a reservation.</summary>
    public static IInternalActorRef? ChildOf(object? entry) =>
        entry is ChildRestartStats stats ? stats.Child : entry as IInternalActorRef;

    /// <summary>The registered child called <paramref name="name"/> (no reservation), if any.</summary>
    public IInternalActorRef? Find(string name) =>
        ByName.TryGetValue(name, out var entry) ? ChildOf(entry) : null;

    /// <summary>The registered child <paramref name="actor"/> itself (same name and UID), if it is one.</summary>
    public IInternalActorRef? Find(IActorRef actor) =>
        Find(actor.Path.Name) is { } found && found.Equals(actor) ? found : null;

    /// <summary>The stats of a registered child, created (and kept) on first use.</summary>
    public ChildRestartStats StatsOf(string name, IInternalActorRef child)
    {
        if (ByName[name] is ChildRestartStats stats)
        {
            return stats;
        }

        stats = new ChildRestartStats(child);
        ByName[name] = stats;
        return stats;
    }
}
