using System.Text.Json;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>Parses one request line. Bad input is a value (-32700 / -32600), never an exception.</summary>
internal static class RpcRequestParser
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 32 };

    public static RpcRequestParse Parse(string line)
    {
        JsonElement root;
        try
        {
            using var document = JsonDocument.Parse(line, Options);
            root = document.RootElement.Clone();
        }
        catch (JsonException e)
        {
            return Fail(RpcErrorCodes.ParseError, "parse error: " + e.Message, null);
        }

        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(RpcErrorCodes.InvalidRequest, "invalid request: expected a JSON object", null);
        }

        JsonElement? id = null;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (idElement.ValueKind is not (JsonValueKind.Number or JsonValueKind.String or JsonValueKind.Null))
            {
                return Fail(RpcErrorCodes.InvalidRequest, "invalid request: 'id' must be a number, a string or null", null);
            }

            id = idElement;
        }

        if (!root.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0")
        {
            return Fail(RpcErrorCodes.InvalidRequest, "invalid request: 'jsonrpc' must be \"2.0\"", id);
        }

        if (!root.TryGetProperty("method", out var method) || method.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(method.GetString()))
        {
            return Fail(RpcErrorCodes.InvalidRequest, "invalid request: 'method' must be a non-empty string", id);
        }

        JsonElement? parameters = null;
        if (root.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null)
        {
            if (p.ValueKind != JsonValueKind.Object)
            {
                return Fail(RpcErrorCodes.InvalidParams, "invalid params: 'params' must be an object of named parameters", id);
            }

            parameters = p;
        }

        // A request without an id is a notification (no reply); "id": null is an id and gets one.
        return new RpcRequestParse(new RpcRequest(id, method.GetString()!, parameters), null, id);
    }

    private static RpcRequestParse Fail(int code, string message, JsonElement? id) => new(null, new RpcError(code, message), id);
}
