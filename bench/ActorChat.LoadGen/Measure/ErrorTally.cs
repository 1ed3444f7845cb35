using System.Text;
using System.Text.RegularExpressions;

namespace ActorChat.LoadGen.Measure;

/// <summary>
/// Counts error lines and disconnects, and keeps a few examples with their counts for the report.
/// Examples are grouped with digits masked ("error: unknown user u#"), so 1,000 distinct names
/// make one example, not 1,000. Rare path: it may lock and allocate.
/// </summary>
internal sealed partial class ErrorTally
{
    private const int MaxKinds = 10;
    private const int MaxEchoed = 5;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, long> _kinds = new(StringComparer.Ordinal);
    private long _count;
    private int _echoed;

    public long Count => Interlocked.Read(ref _count);

    /// <summary>Counts one error; the first few are echoed to stderr as they happen.</summary>
    public void Add(string source, ReadOnlySpan<byte> line)
    {
        Interlocked.Increment(ref _count);
        var text = Encoding.UTF8.GetString(line.Length > 200 ? line[..200] : line);
        lock (_lock)
        {
            var kind = Digits().Replace(text, "#");
            if (_kinds.TryGetValue(kind, out var seen))
            {
                _kinds[kind] = seen + 1;
            }
            else if (_kinds.Count < MaxKinds)
            {
                _kinds[kind] = 1;
            }

            if (_echoed++ < MaxEchoed)
            {
                Progress.Log($"{source}: {text}");
            }
        }
    }

    /// <summary>"COUNT x TEXT" per kind, most frequent first.</summary>
    public IReadOnlyList<string> Samples()
    {
        lock (_lock)
        {
            return [.. _kinds.OrderByDescending(k => k.Value).Select(k => $"{k.Value} x {k.Key}")];
        }
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();
}
