namespace ActorChat.Actors.Refs;

/// <summary>
/// The seam remoting plugs into (installed once, after the system started). The runtime asks it only
/// about addresses that are not the system's local one: whether such an address is in fact this system
/// (its network address), and otherwise for a ref that sends over the network.
/// </summary>
internal interface IRemoteRefProvider
{
    /// <summary>True when <paramref name="address"/> is one of this system's network addresses.</summary>
    bool IsLocalAddress(Address address);

    /// <summary>A ref for an actor at another node (never null; may dead-letter if the node is unknown).</summary>
    IInternalActorRef ResolveRemote(ActorPath path);
}
