using System.Globalization;
using ActorChat.Hocon.Model;

namespace ActorChat.Hocon.Resolution;

/// <summary>
/// hocon.md §23: an object whose keys are numbers can stand in for a list where a list is needed. Keys are
/// sorted as numbers and non-numeric keys ignored; an object with no numeric key cannot convert.
/// </summary>
internal static class ListConversion
{
    public static ConfigList? TryToList(ConfigObject obj)
    {
        var indexed = new List<(long Index, ConfigValue Value)>();
        foreach (var (key, value) in obj.Fields)
        {
            if (key.Length > 0 && key.All(char.IsAsciiDigit)
                && long.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                indexed.Add((index, value));
            }
        }

        if (indexed.Count == 0)
        {
            return null;
        }

        indexed.Sort((a, b) => a.Index.CompareTo(b.Index));
        return new ConfigList([.. indexed.Select(x => x.Value)], obj.Location);
    }
}
