namespace ActorChat.Actors.Cells;

/// <summary>Selections from inside an actor are relative to Self unless absolute.</summary>
internal sealed partial class ActorCell
{
    public Actors.ActorSelection ActorSelection(string path) => Actors.ActorSelection.Create(_system, _self, path);

    public Actors.ActorSelection ActorSelection(ActorPath path) => Actors.ActorSelection.Create(_system, path);
}
