using ActorChat.Actors;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Serialization;

/// <summary>
/// Compact binary for the runtime's own messages. Refs are <c>path#uid</c> strings; an Identify's
/// message id is itself a nested serialized message (depth-limited).
/// </summary>
internal static class RuntimeMessageCodec
{
    public static string? ManifestOf(object message) => message switch
    {
        Identify => "Identify",
        ActorIdentity => "ActorIdentity",
        Terminated => "Terminated",
        PoisonPill => "PoisonPill",
        Watch => "Watch",
        Unwatch => "Unwatch",
        DeathWatchNotification => "DWN",
        _ => null,
    };

    public static void Write(object message, WireWriter w, MessageSerializer serializer, IRefCodec refs, int depth)
    {
        switch (message)
        {
            case Identify identify:
                serializer.WriteNested(identify.MessageId, w, depth);
                break;
            case ActorIdentity identity:
                serializer.WriteNested(identity.MessageId, w, depth);
                w.WriteString(refs.ToWire(identity.Subject));
                break;
            case Terminated t:
                w.WriteString(refs.ToWire(t.ActorRef));
                w.WriteBool(t.ExistenceConfirmed);
                w.WriteBool(t.AddressTerminated);
                break;
            case Watch watch:
                w.WriteString(refs.ToWire(watch.Watchee));
                w.WriteString(refs.ToWire(watch.Watcher));
                break;
            case Unwatch unwatch:
                w.WriteString(refs.ToWire(unwatch.Watchee));
                w.WriteString(refs.ToWire(unwatch.Watcher));
                break;
            case DeathWatchNotification n:
                w.WriteString(refs.ToWire(n.Actor));
                w.WriteBool(n.ExistenceConfirmed);
                w.WriteBool(n.AddressTerminated);
                break;
        }
    }

    public static DeserializeResult Read(string manifest, ReadOnlySpan<byte> payload, MessageSerializer serializer, IRefCodec refs, int depth)
    {
        var r = new WireReader(payload);
        switch (manifest)
        {
            case "PoisonPill" when payload.IsEmpty:
                return DeserializeResult.Ok(PoisonPill.Instance);
            case "Identify":
            {
                var id = serializer.ReadNested(ref r, depth);
                return id.Error is null && r.Remaining == 0 ? DeserializeResult.Ok(new Identify(id.Message)) : Bad(manifest, id.Error);
            }

            case "ActorIdentity":
            {
                var id = serializer.ReadNested(ref r, depth);
                if (id.Error is not null || !r.TryReadString(out var subject) || r.Remaining != 0)
                {
                    return Bad(manifest, id.Error);
                }

                return DeserializeResult.Ok(new ActorIdentity(id.Message, refs.FromWire(subject)));
            }

            case "Terminated" when r.TryReadString(out var actor) && r.TryReadBool(out var confirmed) && r.TryReadBool(out var addressTerminated) && r.Remaining == 0:
                return refs.FromWire(actor) is { } a ? DeserializeResult.Ok(new Terminated(a, confirmed, addressTerminated)) : Bad(manifest, null);
            case "Watch" or "Unwatch" when r.TryReadString(out var watchee) && r.TryReadString(out var watcher) && r.Remaining == 0:
                if (refs.FromWire(watchee) is not IInternalActorRef e || refs.FromWire(watcher) is not IInternalActorRef w)
                {
                    return Bad(manifest, null);
                }

                return DeserializeResult.Ok(manifest == "Watch" ? new Watch(e, w) : new Unwatch(e, w));
            case "DWN" when r.TryReadString(out var actor) && r.TryReadBool(out var confirmed) && r.TryReadBool(out var addressTerminated) && r.Remaining == 0:
                return refs.FromWire(actor) is { } dead
                    ? DeserializeResult.Ok(new DeathWatchNotification(dead, confirmed, addressTerminated))
                    : Bad(manifest, null);
            default:
                return Bad(manifest, null);
        }
    }

    private static DeserializeResult Bad(string manifest, string? inner) =>
        DeserializeResult.Fail($"malformed runtime message \"{manifest}\"" + (inner is null ? "" : ": " + inner));
}
