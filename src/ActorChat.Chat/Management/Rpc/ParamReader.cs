using System.Text.Json;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>
/// Reads a method's named parameters into typed values. The first problem is kept as
/// <see cref="Error"/> (it names the parameter); <see cref="Finish"/> also rejects unknown names,
/// so a typo is an error rather than silently ignored.
/// </summary>
internal sealed class ParamReader(JsonElement? parameters)
{
    private readonly HashSet<string> _known = new(StringComparer.Ordinal);

    public string? Error { get; private set; }

    public string? String(string name, bool required = false, int maxLength = 4096)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            return Fail<string>(name, "must be a string");
        }

        var text = value.GetString()!;
        if (required && text.Length == 0)
        {
            return Fail<string>(name, "must not be empty");
        }

        return text.Length > maxLength ? Fail<string>(name, $"must be at most {maxLength} characters") : text;
    }

    public int Int(string name, int fallback, int min, int max)
    {
        if (!TryGet(name, false, out var value))
        {
            return fallback;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number) || number < min || number > max)
        {
            Fail<string>(name, $"must be an integer from {min} to {max}");
            return fallback;
        }

        return number;
    }

    /// <summary>A list of names: a JSON array of strings, or one string of comma-separated names.</summary>
    public IReadOnlyList<string>? List(string name, bool required = false)
    {
        if (!TryGet(name, required, out var value))
        {
            return null;
        }

        List<string> items;
        if (value.ValueKind == JsonValueKind.String)
        {
            items = [.. value.GetString()!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        }
        else if (value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String))
        {
            items = [.. value.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(s => s.Length > 0)];
        }
        else
        {
            return Fail<IReadOnlyList<string>>(name, "must be a string or an array of strings");
        }

        return required && items.Count == 0 ? Fail<IReadOnlyList<string>>(name, "must name at least one entry") : items.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Records an error for <paramref name="name"/> found by the method's own validation.</summary>
    public T? Fail<T>(string name, string reason)
        where T : class
    {
        Error ??= $"invalid params: '{name}' {reason}";
        return null;
    }

    /// <summary>Rejects parameters the method does not know; call after reading every known one.</summary>
    public bool Finish()
    {
        if (Error is null && parameters is { } p)
        {
            foreach (var property in p.EnumerateObject())
            {
                if (!_known.Contains(property.Name))
                {
                    Error = $"invalid params: unknown parameter '{property.Name}'";
                    break;
                }
            }
        }

        return Error is null;
    }

    private bool TryGet(string name, bool required, out JsonElement value)
    {
        _known.Add(name);
        value = default;
        if (parameters is { } p && p.TryGetProperty(name, out value) && value.ValueKind != JsonValueKind.Null)
        {
            return true;
        }

        if (required)
        {
            Fail<string>(name, "is required");
        }

        return false;
    }
}
