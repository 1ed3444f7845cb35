using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Inspection;

/// <summary>
/// Operator inspection of the local actor tree (for tools such as the management endpoint). It only
/// reads: child lists are copied under the cell's own lock and mailbox sizes are racy counts, so a
/// snapshot never blocks or disturbs a running actor.
/// </summary>
public static class ActorTreeInspector
{
    /// <summary>
    /// The subtree at <paramref name="path"/> (e.g. <c>/user</c> or <c>/user/chat</c>), down to
    /// <paramref name="depth"/> levels below it (0 = the start actor alone); null when no live local
    /// actor has that path.
    /// </summary>
    public static ActorTreeNode? Snapshot(ActorSystem system, string path, int depth)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        if (system is not ActorSystemImpl impl)
        {
            return null;
        }

        IInternalActorRef current = impl.RootGuardian;
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            current = current.GetChild(name);
            if (current is not LocalActorRef || current.IsTerminated)
            {
                return null;
            }
        }

        return current is LocalActorRef local ? Build(local, depth) : null;
    }

    private static ActorTreeNode Build(LocalActorRef actor, int depth)
    {
        var children = actor.GetChildren()
            .OfType<LocalActorRef>()
            .Where(c => !c.IsTerminated)
            .OrderBy(c => c.Path.Name, StringComparer.Ordinal)
            .ToList();
        var built = depth == 0 ? [] : children.Select(c => Build(c, depth - 1)).ToList();
        var path = actor.Path.ToStringWithoutAddress();
        var name = path == "/" ? "/" : actor.Path.Name;
        return new ActorTreeNode(name, path, actor.Cell.Mailbox.NumberOfMessages, children.Count, built);
    }
}
