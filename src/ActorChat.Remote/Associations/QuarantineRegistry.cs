using System.Collections.Concurrent;
using ActorChat.Actors;

namespace ActorChat.Remote.Associations;

/// <summary>
/// Quarantined incarnations, keyed by (address, UID): a node restarted at the same address has a new
/// UID and is accepted; the old UID never is again (for the life of this system).
/// </summary>
internal sealed class QuarantineRegistry
{
    private readonly ConcurrentDictionary<(Address Address, long Uid), byte> _entries = new();

    public void Add(Address address, long uid) => _entries.TryAdd((address, uid), 0);

    public bool Contains(Address address, long uid) => _entries.ContainsKey((address, uid));
}
