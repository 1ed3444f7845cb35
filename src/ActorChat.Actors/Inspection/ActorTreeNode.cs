namespace ActorChat.Actors.Inspection;

/// <summary>
/// A read-only snapshot of one actor and (up to the requested depth) its children, sorted by name.
/// <paramref name="MailboxSize"/> is the number of user messages queued at the moment of the snapshot;
/// <paramref name="ChildCount"/> counts every child, including those below the depth limit.
/// </summary>
public sealed record ActorTreeNode(string Name, string Path, int MailboxSize, int ChildCount, IReadOnlyList<ActorTreeNode> Children);
