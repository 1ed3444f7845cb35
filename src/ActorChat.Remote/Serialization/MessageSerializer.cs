using System.Text.Json;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Serialization;

/// <summary>
/// Picks a codec per message: primitives, the runtime's own messages, then registered application
/// types as JSON. On the wire: serializer id (1 byte), manifest (string), payload (u32 length + bytes).
/// Unregistered types cannot be sent (<see cref="NotSupportedException"/>); unknown manifests and bad
/// payloads on arrival are values (<see cref="DeserializeResult"/>), never type loads by name.
/// </summary>
internal sealed class MessageSerializer
{
    private const int MaxNesting = 4;

    [ThreadStatic]
    private static Utf8JsonWriter? t_json;
    private readonly RemoteMessageTypes _types;
    private readonly IRefCodec _refs;
    private readonly JsonSerializerOptions _json;

    public MessageSerializer(RemoteMessageTypes types, IRefCodec refs)
    {
        _types = types;
        _refs = refs;
        _json = new JsonSerializerOptions { Converters = { new ActorRefJsonConverter(refs) }, MaxDepth = 64 };
    }

    public void Serialize(object message, WireWriter w) => Write(message, w, 0);

    public DeserializeResult Deserialize(byte serializerId, string manifest, ReadOnlySpan<byte> payload) =>
        Read(serializerId, manifest, payload, 0);

    /// <summary>An optional nested message (id 0 = null).</summary>
    internal void WriteNested(object? message, WireWriter w, int depth)
    {
        if (message is null)
        {
            w.WriteByte(0);
            return;
        }

        Write(message, w, depth + 1);
    }

    internal DeserializeResult ReadNested(ref WireReader r, int depth)
    {
        if (!r.TryReadByte(out var id))
        {
            return DeserializeResult.Fail("truncated nested message");
        }

        if (id == 0)
        {
            return new DeserializeResult(null, null);
        }

        return r.TryReadString(out var manifest) && r.TryReadInt32(out var length) && r.TryReadSpan(length, out var payload)
            ? Read(id, manifest, payload, depth + 1)
            : DeserializeResult.Fail("truncated nested message");
    }

    private void Write(object message, WireWriter w, int depth)
    {
        if (depth > MaxNesting)
        {
            throw new NotSupportedException("Messages nested too deeply.");
        }

        // Header, reserved payload length, body, length patched: no closure per message (hot path).
        if (PrimitiveCodec.ManifestOf(message) is { } primitive)
        {
            var at = Header(w, SerializerId.Primitive, primitive);
            PrimitiveCodec.Write(message, w);
            w.PatchLength(at);
        }
        else if (RuntimeMessageCodec.ManifestOf(message) is { } runtime)
        {
            var at = Header(w, SerializerId.Runtime, runtime);
            RuntimeMessageCodec.Write(message, w, this, _refs, depth);
            w.PatchLength(at);
        }
        else if (_types.TryGetManifest(message.GetType(), out var manifest))
        {
            var at = Header(w, SerializerId.Json, manifest);
            WriteJson(message, w);
            w.PatchLength(at);
        }
        else
        {
            throw new NotSupportedException($"Message type {message.GetType()} is not registered for remoting (RemoteSetup.MessageTypes).");
        }
    }

    private static int Header(WireWriter w, SerializerId id, string manifest)
    {
        w.WriteByte((byte)id);
        w.WriteString(manifest);
        return w.ReserveLength();
    }

    /// <summary>
    /// One Utf8JsonWriter per thread, re-pointed at each message's buffer: allocating one per message
    /// was a visible share of the JSON path's garbage. JSON is a leaf (it never nests a Write), so
    /// the per-thread writer is never in use twice at once.
    /// </summary>
    private void WriteJson(object message, WireWriter w)
    {
        var json = t_json ??= new Utf8JsonWriter(w);
        json.Reset(w);
        try
        {
            JsonSerializer.Serialize(json, message, message.GetType(), _json);
            json.Flush();
        }
        finally
        {
            json.Reset(Stream.Null);
        }
    }

    private DeserializeResult Read(byte id, string manifest, ReadOnlySpan<byte> payload, int depth)
    {
        if (depth > MaxNesting)
        {
            return DeserializeResult.Fail("message nested too deeply");
        }

        switch ((SerializerId)id)
        {
            case SerializerId.Primitive:
                return PrimitiveCodec.Read(manifest, payload);
            case SerializerId.Runtime:
                return RuntimeMessageCodec.Read(manifest, payload, this, _refs, depth);
            case SerializerId.Json:
                if (!_types.TryGetType(manifest, out var type))
                {
                    return DeserializeResult.Fail($"unknown manifest \"{manifest}\"");
                }

                try
                {
                    return JsonSerializer.Deserialize(payload, type, _json) is { } value
                        ? DeserializeResult.Ok(value)
                        : DeserializeResult.Fail($"null payload for \"{manifest}\"");
                }
                catch (Exception e) when (e is JsonException or NotSupportedException or ArgumentException or InvalidOperationException)
                {
                    return DeserializeResult.Fail($"payload of \"{manifest}\" does not deserialize: {e.Message}");
                }

            default:
                return DeserializeResult.Fail($"unknown serializer id {id}");
        }
    }
}
