using ActorChat.Actors.Paths;
using ActorChat.Actors.Refs;

namespace ActorChat.Actors;

/// <summary>
/// Actors addressed by a path pattern relative to an anchor. Resolution happens at each send, so a
/// selection never goes stale. Elements may be names, <c>..</c>, globs with <c>*</c>/<c>?</c>, and a
/// final <c>**</c> (every descendant). An exact path that does not exist dead-letters the message
/// (and answers Identify with an empty identity); misses below a wildcard are dropped silently.
/// </summary>
public sealed class ActorSelection : ICanTell
{
    private readonly IInternalActorRef _anchor;
    private readonly string[] _elements;

    private ActorSelection(ActorSystemImpl system, IInternalActorRef anchor, string[] elements)
    {
        System = system;
        _anchor = anchor;
        _elements = elements;
        var recursive = Array.IndexOf(elements, "**");
        if (recursive >= 0 && recursive != elements.Length - 1)
        {
            throw new InvalidActorNameException("'**' is only allowed as the last element of an actor selection.");
        }
    }

    public IActorRef Anchor => _anchor;

    /// <summary>The element pattern below the anchor, e.g. <c>/user/a/*</c>.</summary>
    public string PathString => "/" + string.Join('/', _elements);

    internal ActorSystemImpl System { get; }

    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        Deliver(_anchor, 0, message, sender, belowWildcard: false);
    }

    /// <summary>The single actor at this path, or <see cref="ActorNotFoundException"/>.</summary>
    public async Task<IActorRef> ResolveOne(TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ActorIdentity identity;
        try
        {
            identity = await this.Ask<ActorIdentity>(new Identify(null), timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is AskTimeoutException or ArgumentException)
        {
            throw new ActorNotFoundException($"Actor not found for: {this}", e);
        }

        return identity.Subject ?? throw new ActorNotFoundException($"Actor not found for: {this}");
    }

    public override string ToString() => $"ActorSelection[Anchor({_anchor.Path}), Path({PathString})]";

    internal static ActorSelection Create(ActorSystemImpl system, IInternalActorRef relativeTo, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains("://", StringComparison.Ordinal))
        {
            return ActorPath.TryParse(path, out var full)
                ? Create(system, full)
                : throw new FormatException($"Invalid actor path \"{path}\".");
        }

        var anchor = path.StartsWith('/') ? system.RootGuardian : relativeTo;
        return new ActorSelection(system, anchor, Split(path));
    }

    internal static ActorSelection Create(ActorSystemImpl system, ActorPath path)
    {
        ArgumentNullException.ThrowIfNull(path);

        var remote = system.RemoteProvider;
        if (path.Address.Equals(system.Address) || (remote is not null && remote.IsLocalAddress(path.Address)))
        {
            return new ActorSelection(system, system.RootGuardian, [.. path.Elements]);
        }

        // Another node: with remoting, the selection is a remote ref to the exact path (no wildcards
        // across nodes); without it, dead letters.
        return remote is not null
            ? new ActorSelection(system, remote.ResolveRemote(path.WithUid(0)), [])
            : new ActorSelection(system, system.DeadLetterRef, [.. path.Elements]);
    }

    private static string[] Split(string path) =>
        path.Split('/', StringSplitOptions.RemoveEmptyEntries).Where(e => e != ".").ToArray();

    private void Deliver(IInternalActorRef current, int index, object message, IActorRef? sender, bool belowWildcard)
    {
        if (index == _elements.Length)
        {
            current.Tell(message, sender);
            return;
        }

        var element = _elements[index];
        if (element == "..")
        {
            if (current.Path.IsRoot || current is not LocalActorRef)
            {
                Missing(message, sender, belowWildcard);
            }
            else
            {
                Deliver(current.Parent, index + 1, message, sender, belowWildcard);
            }
        }
        else if (element == "**")
        {
            DeliverToDescendants(current, message, sender);
        }
        else if (WildcardPattern.HasWildcard(element))
        {
            foreach (var child in current.GetChildren())
            {
                if (WildcardPattern.Matches(element, child.Path.Name))
                {
                    Deliver(child, index + 1, message, sender, belowWildcard: true);
                }
            }
        }
        else
        {
            var child = current.GetChild(element);
            if (child is Nobody)
            {
                Missing(message, sender, belowWildcard);
            }
            else
            {
                Deliver(child, index + 1, message, sender, belowWildcard);
            }
        }
    }

    private static void DeliverToDescendants(IInternalActorRef current, object message, IActorRef? sender)
    {
        foreach (var child in current.GetChildren())
        {
            child.Tell(message, sender);
            DeliverToDescendants(child, message, sender);
        }
    }

    private void Missing(object message, IActorRef? sender, bool belowWildcard)
    {
        if (belowWildcard)
        {
            return;
        }

        System.DeadLetterRef.DeliverFrom(message, sender, _anchor);
    }
}
