using System.Text.Json;
using System.Text.Json.Nodes;

namespace ActorChat.Cmd.Output;

/// <summary>
/// <c>-o json</c>, schema <c>actorchat-cmd/1</c> (stable; documented in README): one object per
/// command, <c>{"schema","endpoint","command","ok":true,"result":…}</c> or
/// <c>{…,"ok":false,"error":{"code","message"}}</c>; a stream prints one
/// <c>{"schema","endpoint","command","item":…}</c> line per item.
/// </summary>
internal static class JsonOutput
{
    public const string Schema = "actorchat-cmd/1";

    public static string Result(string endpoint, string command, JsonElement result) =>
        Envelope(endpoint, command, o =>
        {
            o["ok"] = true;
            o["result"] = JsonNode.Parse(result.GetRawText());
        });

    public static string Error(string endpoint, string command, int code, string message) =>
        Envelope(endpoint, command, o =>
        {
            o["ok"] = false;
            o["error"] = new JsonObject { ["code"] = code, ["message"] = message };
        });

    public static string Item(string endpoint, string command, JsonElement item) =>
        Envelope(endpoint, command, o => o["item"] = JsonNode.Parse(item.GetRawText()));

    private static string Envelope(string endpoint, string command, Action<JsonObject> fill)
    {
        var json = new JsonObject { ["schema"] = Schema, ["endpoint"] = endpoint, ["command"] = command };
        fill(json);
        return json.ToJsonString();
    }
}
