using ActorChat.Actors;
using ActorChat.Actors.Refs;

namespace ActorChat.Remote.Refs;

/// <summary>Finds the local ref named by a path that arrived from the network (address already checked).</summary>
internal static class LocalRefResolver
{
    public static IInternalActorRef Resolve(ActorSystemImpl system, ActorPath path)
    {
        // The root guardian's GetChild also yields its virtual children (deadLetters, temp).
        var elements = path.Elements;
        IInternalActorRef current = system.RootGuardian;
        for (var i = 0; i < elements.Count; i++)
        {
            current = current.GetChild(elements[i]);
            if (current is Nobody)
            {
                return Missing(system, path);
            }
        }

        // A path with #uid names one incarnation; a re-created actor under the same name is another.
        return path.Uid != 0 && current.Path.Uid != path.Uid ? Missing(system, path) : current;
    }

    private static EmptyLocalRef Missing(ActorSystemImpl system, ActorPath path)
    {
        var local = system.RootPath;
        foreach (var element in path.Elements)
        {
            local /= element;
        }

        return new EmptyLocalRef(system, local.WithUid(path.Uid));
    }
}
