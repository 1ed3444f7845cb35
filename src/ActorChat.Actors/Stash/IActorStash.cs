namespace ActorChat.Actors.Stash;

/// <summary>
/// An actor with a stash. The runtime sets <see cref="Stash"/> right <b>after</b> the constructor
/// returns (so it is not usable inside the constructor), once per incarnation. Implement
/// <see cref="IWithUnboundedStash"/> rather than this interface directly.
/// </summary>
public interface IActorStash
{
    IStash Stash { get; set; }
}
