using System.Collections.Concurrent;
using ActorChat.Actors;

namespace ActorChat.Remote.Associations;

/// <summary>One association per remote address, created on first use (outbound send or inbound handshake).</summary>
internal sealed class AssociationRegistry(Remoting remoting)
{
    private readonly ConcurrentDictionary<Address, RemoteAssociation> _byAddress = new();

    public RemoteAssociation GetOrCreate(Address address) =>
        _byAddress.GetOrAdd(address, static (a, r) => new RemoteAssociation(r, a), remoting);

    public bool TryGet(Address address, out RemoteAssociation association) => _byAddress.TryGetValue(address, out association!);

    public ICollection<RemoteAssociation> All => _byAddress.Values;
}
