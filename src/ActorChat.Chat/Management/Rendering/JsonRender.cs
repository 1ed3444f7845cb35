using System.Globalization;
using System.Text.Json.Nodes;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Management.Logs;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management.Rendering;

/// <summary>JSON shapes shared by several methods (documented in README "Inspect a node").</summary>
internal static class JsonRender
{
    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static double Seconds(TimeSpan span) => Math.Round(span.TotalSeconds, 3);

    public static JsonArray Strings(IEnumerable<string> values) => [.. values.Select(v => (JsonNode?)JsonValue.Create(v))];

    public static JsonObject ChatMessage(ChatTailEvent message) => new()
    {
        ["at"] = Time(message.At),
        ["from"] = message.From,
        ["to"] = Strings(message.Recipients),
        ["text"] = message.Text,
    };

    public static JsonObject Log(LogEntry entry)
    {
        var json = new JsonObject
        {
            ["timestamp"] = Time(entry.Timestamp),
            ["level"] = LevelName(entry.Level),
            ["category"] = entry.Category,
            ["eventId"] = entry.EventId,
            ["message"] = entry.Message,
        };
        if (entry.Exception is { } exception)
        {
            json["exception"] = exception;
        }

        return json;
    }

    /// <summary>This node as a cluster member (the single member until the cluster exists).</summary>
    public static JsonObject Member(ManagementContext node) => new()
    {
        ["node"] = node.NodeName,
        ["address"] = node.System.Address.ToString(),
        ["roles"] = new JsonArray(),
        ["status"] = "up",
        ["reachable"] = true,
        ["self"] = true,
        ["version"] = node.Version,
        ["chat"] = node.Chat.Endpoint.ToString(),
        ["cmd"] = node.CmdEndpoint.ToString(),
    };

    public static string LevelName(LogLevel level) => level switch
    {
        LogLevel.Trace => "trace",
        LogLevel.Debug => "debug",
        LogLevel.Information => "information",
        LogLevel.Warning => "warning",
        LogLevel.Error => "error",
        LogLevel.Critical => "critical",
        _ => "none",
    };

    public static LogLevel? ParseLevel(string text) => text.ToUpperInvariant() switch
    {
        "TRACE" or "TRCE" => LogLevel.Trace,
        "DEBUG" or "DBUG" => LogLevel.Debug,
        "INFORMATION" or "INFO" => LogLevel.Information,
        "WARNING" or "WARN" => LogLevel.Warning,
        "ERROR" or "FAIL" => LogLevel.Error,
        "CRITICAL" or "CRIT" => LogLevel.Critical,
        _ => null,
    };

    public static readonly IReadOnlyList<string> LevelNames = ["trace", "debug", "information", "warning", "error", "critical"];
}
