using ActorChat.Actors.Refs;

namespace ActorChat.Actors.Paths;

/// <summary>
/// Routes an <see cref="ActorSelectionMessage"/>. An actor with a cell is a hop: the selection goes
/// into its mailbox and <see cref="Step"/> runs there (behind the actor's Create, so children made in
/// its constructor are found). Refs without a mailbox (dead letters, <c>/temp</c>, Nobody) are
/// resolved on the current thread, as they have no creation to wait for.
/// <code>
/// name      child exists → deliver(child); else dead letters (Identify → ActorIdentity(id, null)),
///           or dropped after a wildcard fan-out
/// pattern   deliver(each matching child, fan-out); no match → dropped (wildcards do not answer)
/// **        message to every child, then deliver(each child) with ** again: all descendants
/// ..        deliver(parent); above the root → as a missing name
/// </code>
/// </summary>
internal static class SelectionDelivery
{
    /// <summary>Hands <paramref name="selection"/> to <paramref name="target"/> (its next hop or its final recipient).</summary>
    public static void Deliver(ActorSystemImpl system, IInternalActorRef target, ActorSelectionMessage selection, IActorRef? sender)
    {
        if (selection.IsComplete)
        {
            target.Tell(selection.Message, sender);
        }
        else if (target is LocalActorRef)
        {
            target.Tell(selection, sender);
        }
        else
        {
            Step(system, target, selection, sender);
        }
    }

    /// <summary>Resolves the next element at <paramref name="current"/> (on its cell's thread when it has one).</summary>
    public static void Step(ActorSystemImpl system, IInternalActorRef current, ActorSelectionMessage selection, IActorRef? sender)
    {
        var element = selection.Elements[selection.Next];
        if (element == "**")
        {
            var below = selection with { WildcardFanOut = true };
            foreach (var child in current.GetChildren())
            {
                child.Tell(selection.Message, sender);
                Deliver(system, child, below, sender);
            }

            return;
        }

        var rest = selection with { Next = selection.Next + 1 };
        if (element == "..")
        {
            if (current.Path.IsRoot || current is not LocalActorRef)
            {
                Missing(system, current, selection, sender);
            }
            else
            {
                Deliver(system, current.Parent, rest, sender);
            }
        }
        else if (WildcardPattern.HasWildcard(element))
        {
            var fanOut = rest with { WildcardFanOut = true };
            foreach (var child in current.GetChildren())
            {
                if (WildcardPattern.Matches(element, child.Path.Name))
                {
                    Deliver(system, child, fanOut, sender);
                }
            }
        }
        else if (current.GetChild(element) is var child && child is not Nobody)
        {
            Deliver(system, child, rest, sender);
        }
        else
        {
            Missing(system, current, selection, sender);
        }
    }

    private static void Missing(ActorSystemImpl system, IInternalActorRef current, ActorSelectionMessage selection, IActorRef? sender)
    {
        if (!selection.WildcardFanOut)
        {
            system.DeadLetterRef.DeliverFrom(selection.Message, sender, current);
        }
    }
}
