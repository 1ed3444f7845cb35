using System.Collections.Concurrent;

namespace ActorChat.Chat.Connections;

/// <summary>
/// The logged-in sessions of one chat service, for operators (<c>chat who</c>). Each connection adds
/// itself at login and removes itself when it stops; readers get a snapshot. Last activity is a
/// racy timestamp, good enough for an idle time.
/// </summary>
internal sealed class ChatSessions
{
    private readonly ConcurrentDictionary<IActorRef, Session> _sessions = new();

    public int Count => _sessions.Count;

    /// <summary>Adds a session; the connection keeps the returned handle to touch it without a lookup per line.</summary>
    public Session Add(IActorRef connection, string name, string remote, DateTimeOffset now) =>
        _sessions[connection] = new Session(name, remote, now) { LastActiveTicks = now.UtcTicks };

    public void Remove(IActorRef connection) => _sessions.TryRemove(connection, out _);

    public IReadOnlyList<SessionInfo> Snapshot() =>
        [.. _sessions.Values
            .Select(s => new SessionInfo(s.Name, s.Remote, s.ConnectedAt, new DateTimeOffset(Volatile.Read(ref s.LastActiveTicks), TimeSpan.Zero)))
            .OrderBy(s => s.Name, StringComparer.Ordinal)];

    internal sealed class Session(string name, string remote, DateTimeOffset connectedAt)
    {
        // A field (not a property) so it can be written with Volatile.
#pragma warning disable CA1051, SA1401
        public long LastActiveTicks;
#pragma warning restore CA1051, SA1401

        public string Name { get; } = name;

        public string Remote { get; } = remote;

        public DateTimeOffset ConnectedAt { get; } = connectedAt;

        public void Touch(DateTimeOffset now) => Volatile.Write(ref LastActiveTicks, now.UtcTicks);
    }
}
