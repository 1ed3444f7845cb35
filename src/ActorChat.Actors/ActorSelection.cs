using ActorChat.Actors.Paths;
using ActorChat.Actors.Refs;

namespace ActorChat.Actors;

/// <summary>
/// Actors addressed by a path pattern relative to an anchor. Resolution happens at each send, hop by
/// hop in the mailboxes of the actors on the path, so a selection never goes stale and a send right
/// after <c>ActorOf</c> sees the children the new actor's constructor creates. Elements may be names, <c>..</c>, globs with <c>*</c>/<c>?</c>, and a
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

    /// <summary>Routed through the mailboxes of the actors on the path (see <see cref="SelectionDelivery"/>).</summary>
    public void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        SelectionDelivery.Deliver(System, _anchor, new ActorSelectionMessage(message, _elements, 0, WildcardFanOut: false), sender);
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
}
