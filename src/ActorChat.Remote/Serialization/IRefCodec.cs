using ActorChat.Actors;

namespace ActorChat.Remote.Serialization;

/// <summary>How refs inside messages travel: as <c>path#uid</c> strings, resolved again on arrival.</summary>
internal interface IRefCodec
{
    /// <summary>The wire form ("" for no ref).</summary>
    string ToWire(IActorRef? actorRef);

    /// <summary>The ref for a wire form (null for ""); an unparsable path gives null.</summary>
    IActorRef? FromWire(string text);
}
