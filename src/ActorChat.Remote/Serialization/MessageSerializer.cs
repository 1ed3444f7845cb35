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

        if (PrimitiveCodec.ManifestOf(message) is { } primitive)
        {
            Frame(w, SerializerId.Primitive, primitive, () => PrimitiveCodec.Write(message, w));
        }
        else if (RuntimeMessageCodec.ManifestOf(message) is { } runtime)
        {
            Frame(w, SerializerId.Runtime, runtime, () => RuntimeMessageCodec.Write(message, w, this, _refs, depth));
        }
        else if (_types.TryGetManifest(message.GetType(), out var manifest))
        {
            Frame(w, SerializerId.Json, manifest, () =>
            {
                using var json = new Utf8JsonWriter(w);
                JsonSerializer.Serialize(json, message, message.GetType(), _json);
            });
        }
        else
        {
            throw new NotSupportedException($"Message type {message.GetType()} is not registered for remoting (RemoteSetup.MessageTypes).");
        }
    }

    private static void Frame(WireWriter w, SerializerId id, string manifest, Action body)
    {
        w.WriteByte((byte)id);
        w.WriteString(manifest);
        var at = w.ReserveLength();
        body();
        w.PatchLength(at);
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
