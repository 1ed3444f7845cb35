using System.Text;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Serialization;

/// <summary>Built-in primitives; manifests are one letter.</summary>
internal static class PrimitiveCodec
{
    public static string? ManifestOf(object message) => message switch
    {
        string => "s",
        int => "i",
        long => "l",
        bool => "b",
        double => "d",
        byte[] => "B",
        _ => null,
    };

    public static void Write(object message, WireWriter w)
    {
        switch (message)
        {
            case string s:
                w.GetSpan(Encoding.UTF8.GetMaxByteCount(s.Length));
                w.Advance(Encoding.UTF8.GetBytes(s, w.GetSpan()));
                break;
            case int i:
                w.WriteInt32(i);
                break;
            case long l:
                w.WriteInt64(l);
                break;
            case bool b:
                w.WriteBool(b);
                break;
            case double d:
                w.WriteDouble(d);
                break;
            case byte[] bytes:
                w.WriteRaw(bytes);
                break;
        }
    }

    public static DeserializeResult Read(string manifest, ReadOnlySpan<byte> payload)
    {
        var r = new WireReader(payload);
        switch (manifest)
        {
            case "s":
                try
                {
                    return DeserializeResult.Ok(new UTF8Encoding(false, true).GetString(payload));
                }
                catch (DecoderFallbackException)
                {
                    return DeserializeResult.Fail("invalid UTF-8 string");
                }

            case "i" when payload.Length == 4 && r.TryReadInt32(out var i):
                return DeserializeResult.Ok(i);
            case "l" when payload.Length == 8 && r.TryReadInt64(out var l):
                return DeserializeResult.Ok(l);
            case "b" when payload.Length == 1 && r.TryReadBool(out var b):
                return DeserializeResult.Ok(b);
            case "d" when payload.Length == 8 && r.TryReadDouble(out var d):
                return DeserializeResult.Ok(d);
            case "B":
                return DeserializeResult.Ok(payload.ToArray());
            default:
                return DeserializeResult.Fail($"bad primitive payload for manifest \"{manifest}\"");
        }
    }
}
