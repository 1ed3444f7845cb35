using System.Text;
using ActorChat.Hocon.Parsing;
using ActorChat.Hocon.Rendering;

namespace ActorChat.Hocon;

/// <summary>
/// An immutable path of keys, compared element by element. Used for substitutions, for the resolver's
/// memo tables and for getter arguments, so <c>a."b.c"</c> and <c>a.b.c</c> stay different paths.
/// </summary>
internal sealed class HoconPath : IEquatable<HoconPath>
{
    private readonly string[] _segments;
    private readonly int _hash;
    private HoconPath? _parent;

    public HoconPath(string[] segments)
    {
        _segments = segments;
        var hash = new HashCode();
        foreach (var s in segments)
        {
            hash.Add(s, StringComparer.Ordinal);
        }

        _hash = hash.ToHashCode();
    }

    public static HoconPath Root { get; } = new([]);

    public int Length => _segments.Length;

    public string this[int index] => _segments[index];

    public bool IsRoot => _segments.Length == 0;

    public string Last => _segments[^1];

    /// <summary>The path without its last key; remembered for paths built with <see cref="Append"/>.</summary>
    public HoconPath Parent => _parent ??= new HoconPath(_segments[..^1]);

    public IReadOnlyList<string> Segments => _segments;

    /// <summary>Parses a getter argument such as <c>akka.actor."/user/x".router</c>.</summary>
    public static HoconPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return PathParser.ParseExpression(path, "<path>");
    }

    public HoconPath Append(string key)
    {
        var segments = new string[_segments.Length + 1];
        _segments.CopyTo(segments, 0);
        segments[^1] = key;
        return new HoconPath(segments) { _parent = this };
    }

    public HoconPath Concat(HoconPath other)
    {
        if (other.IsRoot)
        {
            return this;
        }

        return IsRoot ? other : new HoconPath([.. _segments, .. other._segments]);
    }

    /// <summary>True when this path equals <paramref name="other"/> or lies below it.</summary>
    public bool StartsWith(HoconPath other)
    {
        if (other._segments.Length > _segments.Length)
        {
            return false;
        }

        for (var i = 0; i < other._segments.Length; i++)
        {
            if (!string.Equals(_segments[i], other._segments[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public HoconPath Skip(int count) => new(_segments[count..]);

    public bool Equals(HoconPath? other) =>
        other is not null && _hash == other._hash && _segments.AsSpan().SequenceEqual(other._segments);

    public override bool Equals(object? obj) => Equals(obj as HoconPath);

    public override int GetHashCode() => _hash;

    /// <summary>The path in HOCON syntax, quoting segments that need it.</summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < _segments.Length; i++)
        {
            if (i > 0)
            {
                sb.Append('.');
            }

            HoconStrings.AppendKey(sb, _segments[i]);
        }

        return sb.ToString();
    }

    /// <summary>The path as an environment variable name: the segments joined by dots, unquoted.</summary>
    public string ToEnvironmentName() => string.Join('.', _segments);
}
