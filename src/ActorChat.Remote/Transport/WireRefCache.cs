using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text.Unicode;

namespace ActorChat.Remote.Transport;

/// <summary>
/// Refs already resolved on one connection, looked up by their UTF-8 wire form without allocating:
/// with many actor pairs on an association, recipients and senders interleave, so a one-entry cache
/// missed on almost every message (a string, a path parse and a tree walk each time). Bounded in entries
/// and key length (cleared when full), because the peer chooses what arrives: a hostile peer can churn
/// it but not grow it. Used by the connection's read loop only, so not thread-safe.
/// </summary>
internal sealed class WireRefCache<T>
    where T : class
{
    private const int MaxChars = 256;
    private readonly int _maxEntries;
    private readonly Dictionary<string, T> _entries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WireRefCache(int maxEntries)
    {
        _maxEntries = maxEntries;
        _lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool TryGet(ReadOnlySpan<byte> utf8, [MaybeNullWhen(false)] out T value)
    {
        value = null;
        if (utf8.Length > MaxChars)
        {
            return false;
        }

        Span<char> chars = stackalloc char[MaxChars];

        // Invalid UTF-8 is never cached (the slow path decides what it means), so it never matches.
        return Utf8.ToUtf16(utf8, chars, out _, out var written, replaceInvalidSequences: false) == OperationStatus.Done
            && _lookup.TryGetValue(chars[..written], out value);
    }

    public void Add(string text, T value)
    {
        if (text.Length > MaxChars)
        {
            return;
        }

        if (_entries.Count >= _maxEntries)
        {
            _entries.Clear();
        }

        _entries[text] = value;
    }
}
