using ActorChat.Actors.Cells;

namespace ActorChat.Actors;

/// <summary>
/// The implicit sender used by <see cref="ActorRefTellExtensions.Tell"/> when the caller is not an
/// actor. Test kits set it so that a test's <c>actor.Tell(msg)</c> has the TestActor as sender.
/// Inside an actor the actor's own Self always wins. The value flows with the async context and is
/// also kept per thread, so it survives both awaits and synchronous test-runner hand-offs.
/// </summary>
public static class AmbientSender
{
    private static readonly AsyncLocal<IActorRef?> Flowing = new();

    [ThreadStatic]
    private static IActorRef? t_threadValue;

    /// <summary>The ambient sender of the calling context, or null.</summary>
    public static IActorRef? Current
    {
        get => t_threadValue ?? Flowing.Value;
        set
        {
            t_threadValue = value;
            Flowing.Value = value;
        }
    }

    /// <summary>The sender an implicit Tell uses: the current actor's Self, else the ambient sender.</summary>
    internal static IActorRef? Resolve() => ActorCell.Current?.Self ?? Current;
}
