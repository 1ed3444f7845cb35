using System.Text.Json;
using System.Text.Json.Serialization;

namespace ActorChat.LoadGen.Report;

/// <summary>Source-generated JSON for <see cref="RunResult"/>: camelCase names, one line, nulls written.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = false)]
[JsonSerializable(typeof(RunResult))]
internal sealed partial class ResultJson : JsonSerializerContext
{
    public static string Serialize(RunResult result) => JsonSerializer.Serialize(result, Default.RunResult);

    /// <summary>Null for a line that is not a result of this schema (blank lines, other tools' output).</summary>
    public static RunResult? TryParse(string line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return null;
        }

        try
        {
            var result = JsonSerializer.Deserialize(line, Default.RunResult);
            return result?.Schema == ActorChat.LoadGen.Report.RunResult.SchemaName ? result : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
