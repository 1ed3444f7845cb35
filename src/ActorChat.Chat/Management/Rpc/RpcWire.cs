using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>Renders JSON-RPC 2.0 responses and notifications as one compact line each ('\n'-terminated).</summary>
internal static class RpcWire
{
    public static byte[] Result(JsonElement? id, JsonNode? result) => Write(w =>
    {
        WriteId(w, id);
        w.WritePropertyName("result");
        if (result is null)
        {
            w.WriteNullValue();
        }
        else
        {
            result.WriteTo(w);
        }
    });

    public static byte[] Error(JsonElement? id, RpcError error) => Write(w =>
    {
        WriteId(w, id);
        w.WriteStartObject("error");
        w.WriteNumber("code", error.Code);
        w.WriteString("message", error.Message);
        w.WriteEndObject();
    });

    public static byte[] Notification(string method, JsonNode parameters) => Write(w =>
    {
        w.WriteString("method", method);
        w.WritePropertyName("params");
        parameters.WriteTo(w);
    });

    private static void WriteId(Utf8JsonWriter writer, JsonElement? id)
    {
        writer.WritePropertyName("id");
        if (id is { } element)
        {
            element.WriteTo(writer);
        }
        else
        {
            writer.WriteNullValue();
        }
    }

    private static byte[] Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            body(writer);
            writer.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
