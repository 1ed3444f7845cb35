using System.Collections.Concurrent;
using System.Globalization;
using System.Runtime.CompilerServices;
using ActorChat.Actors;
using ActorChat.Remote.Serialization;

namespace ActorChat.Remote.Refs;

/// <summary>
/// Local refs go out as <c>actorchat.tcp://sys@host:port/path#uid</c> (this node's address);
/// remote refs as their own path. Arriving strings resolve to local refs or cached remote refs.
/// </summary>
internal sealed class RemoteRefCodec(Remoting remoting) : IRefCodec
{
    private const int MaxCachedRemoteRefs = 10_000;
    private readonly ConditionalWeakTable<IActorRef, string> _localForms = [];
    private readonly ConditionalWeakTable<IActorRef, byte[]> _localBytes = [];
    private readonly ConcurrentDictionary<string, IActorRef> _resolved = new(StringComparer.Ordinal);

    public string ToWire(IActorRef? actorRef)
    {
        if (actorRef is null)
        {
            return "";
        }

        if (actorRef is RemoteActorRef remote)
        {
            return remote.WireForm;
        }

        return _localForms.GetValue(actorRef, r =>
        {
            var text = r.Path.ToStringWithAddress(remoting.Address);
            return r.Path.Uid == 0 ? text : text + "#" + r.Path.Uid.ToString(CultureInfo.InvariantCulture);
        });
    }

    /// <summary>
    /// <see cref="ToWire"/> as UTF-8, cached per ref: recipient and sender go out with every message,
    /// so encoding them each time was a per-message cost.
    /// </summary>
    public byte[] WireBytes(IActorRef? actorRef) => actorRef switch
    {
        null => [],
        RemoteActorRef remote => remote.WireBytes,
        _ => _localBytes.GetValue(actorRef, r => System.Text.Encoding.UTF8.GetBytes(ToWire(r))),
    };

    public IActorRef? FromWire(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        // Only remote refs are put in the cache (a local path may name an actor not created yet).
        if (_resolved.TryGetValue(text, out var cached))
        {
            return cached;
        }

        if (!ActorPath.TryParse(text, out var path))
        {
            return null;
        }

        var resolved = remoting.ResolveActorRef(path);
        if (resolved is RemoteActorRef)
        {
            if (_resolved.Count >= MaxCachedRemoteRefs)
            {
                _resolved.Clear();
            }

            _resolved[text] = resolved;
        }

        return resolved;
    }
}
