namespace ActorChat.Actors;

/// <summary>Role: creates actors and looks them up by path.</summary>
public interface IActorRefFactory
{
    /// <summary>Creates an actor; a null name generates <c>$a</c>, <c>$b</c>, ….</summary>
    IActorRef ActorOf(Props props, string? name = null);

    /// <summary>A selection by path: absolute (<c>/user/a</c>), full URI, or relative; may contain wildcards.</summary>
    ActorSelection ActorSelection(string path);

    ActorSelection ActorSelection(ActorPath path);
}
