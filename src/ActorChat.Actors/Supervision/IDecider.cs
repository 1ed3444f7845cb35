namespace ActorChat.Actors.Supervision;

/// <summary>Maps a child's failure to a directive.</summary>
public interface IDecider
{
    Directive Decide(Exception cause);
}
