using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ActorChat.Hocon;

namespace ActorChat.Chat.Management.Rendering;

/// <summary>The effective config as JSON with secrets masked, and its digest (of the unmasked text, so a changed secret changes it).</summary>
internal static class ConfigJson
{
    public const string Mask = "********";

    private static readonly string[] SecretWords = ["secret", "token", "password", "passphrase", "credential", "private-key"];

    public static string Digest(Config config) =>
        "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(config.ToJson(indented: false))));

    /// <summary>The subtree at <paramref name="path"/> (dotted, empty = everything), masked; null when there is no such path.</summary>
    public static JsonNode? Masked(Config config, string path)
    {
        var root = JsonNode.Parse(config.ToJson(indented: false));
        var node = root;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            if (node is not JsonObject obj || !obj.TryGetPropertyValue(segment, out node))
            {
                return null;
            }
        }

        var lastSegment = path.Split('.', StringSplitOptions.RemoveEmptyEntries).LastOrDefault();
        if (lastSegment is not null && IsSecret(lastSegment) && node is JsonValue)
        {
            return Mask;
        }

        MaskIn(node);
        return node?.DeepClone();
    }

    private static void MaskIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (IsSecret(name) && obj[name] is JsonValue)
                    {
                        obj[name] = Mask;
                    }
                    else
                    {
                        MaskIn(obj[name]);
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    MaskIn(item);
                }

                break;
        }
    }

    private static bool IsSecret(string key) => SecretWords.Any(w => key.Contains(w, StringComparison.OrdinalIgnoreCase));
}
