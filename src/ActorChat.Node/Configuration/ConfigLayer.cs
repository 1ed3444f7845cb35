using System.Text.RegularExpressions;
using ActorChat.Hocon;

namespace ActorChat.Node.Configuration;

/// <summary>One source of config; <see cref="File"/> is set for a file on disk.</summary>
internal sealed record ConfigLayer(string Name, string? File, Config Config)
{
    /// <summary>
    /// Best effort: the last line of <paramref name="file"/> that assigns the key's last segment. The
    /// HOCON API reports lines for syntax and type errors itself; this covers range checks done
    /// after a value was read successfully.
    /// </summary>
    public static int? FindLine(string file, string key)
    {
        var segment = key[(key.LastIndexOf('.') + 1)..];
        var pattern = new Regex(@"(^|[\s{,.""])" + Regex.Escape(segment) + @"""?\s*[=:{]", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        int? found = null;
        var number = 0;
        foreach (var line in System.IO.File.ReadLines(file))
        {
            number++;
            if (pattern.IsMatch(line))
            {
                found = number;
            }
        }

        return found;
    }
}
