using System.Text;
using ActorChat.Hocon.Model;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Resolution;

internal sealed partial class Resolver
{
    /// <summary>
    /// Joins the resolved parts of a concatenation (hocon.md §20): simple values into one string with the
    /// spaces between them kept, lists into one list, objects into one object (right wins). A missing
    /// <c>${?x}</c> becomes "" next to strings and disappears next to lists and objects.
    /// </summary>
    private ConfigValue? ResolveConcat(ConcatNode concat, HoconPath? fieldPath)
    {
        var values = new ConfigValue?[concat.Parts.Count];
        var anyDefined = false;
        var anyComplex = false;
        for (var i = 0; i < values.Length; i++)
        {
            if (concat.Parts[i] is WhitespaceNode)
            {
                continue;
            }

            var value = ResolveDetached(concat.Parts[i]);
            values[i] = value;
            anyDefined |= value is not null;
            anyComplex |= value is ConfigObject or ConfigList;
        }

        if (!anyDefined)
        {
            return null;
        }

        if (!anyComplex)
        {
            var sb = new StringBuilder();
            for (var i = 0; i < values.Length; i++)
            {
                sb.Append(concat.Parts[i] is WhitespaceNode space ? space.Text : (values[i] as ConfigScalar)?.Text);
            }

            return ConfigScalar.String(sb.ToString(), concat.Location);
        }

        ConfigValue? result = null;
        foreach (var value in values)
        {
            if (value is not null)
            {
                result = result is null ? value : Join(result, value, concat, fieldPath);
            }
        }

        return result;
    }

    private static ConfigValue Join(ConfigValue left, ConfigValue right, ConcatNode concat, HoconPath? fieldPath)
    {
        switch (left, right)
        {
            case (ConfigObject l, ConfigObject r):
                return r.WithFallback(l);
            case (ConfigList l, ConfigList r):
                return new ConfigList([.. l.Items, .. r.Items], l.Location);
            case (ConfigList l, ConfigObject r) when ListConversion.TryToList(r) is { } rl:
                return new ConfigList([.. l.Items, .. rl.Items], l.Location);
            case (ConfigObject l, ConfigList r) when ListConversion.TryToList(l) is { } ll:
                return new ConfigList([.. ll.Items, .. r.Items], ll.Location);
            default:
                var where = fieldPath is null ? "" : $" for '{fieldPath}'";
                throw new ConfigResolveException(
                    fieldPath?.ToString() ?? "",
                    concat.Location,
                    $"cannot concatenate {Describe(left)} with {Describe(right)}{where}: only strings, lists or objects can be joined with their own kind");
        }
    }

    private static string Describe(ConfigValue value) => value switch
    {
        ConfigObject => "an object",
        ConfigList => "a list",
        ConfigScalar s => $"the {s.TypeName} '{s.Text}'",
        _ => value.TypeName,
    };
}
