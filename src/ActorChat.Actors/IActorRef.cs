namespace ActorChat.Actors;

/// <summary>
/// An immutable, shareable handle to an actor. Two refs are equal when both path and UID match, so a
/// ref to a stopped actor never equals a ref to a new actor re-created under the same name.
/// </summary>
public interface IActorRef : ICanTell, IEquatable<IActorRef>, IComparable<IActorRef>
{
    /// <summary>The actor's path; <see cref="ActorPath.Uid"/> carries the incarnation UID.</summary>
    ActorPath Path { get; }
}
