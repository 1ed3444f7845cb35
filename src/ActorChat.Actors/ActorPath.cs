using System.Globalization;

namespace ActorChat.Actors;

/// <summary>
/// The logical location of an actor: an <see cref="Address"/> plus a chain of element names, and an
/// optional incarnation UID (0 = undefined). Equality and ordering ignore the UID, so a restarted or
/// re-created actor at the same place has an equal path (refs, in contrast, compare path and UID).
/// <para>
/// Every actor owns one, so it is kept to 48 bytes: the parent link doubles as the address slot (only a
/// root stores its <see cref="Address"/>; a child finds it at its root, a few hops up), and
/// <see cref="Elements"/> is rebuilt on each call instead of being cached per path.
/// </para>
/// </summary>
public sealed class ActorPath : IEquatable<ActorPath>, IComparable<ActorPath>
{
    // The parent path, or for a root the Address.
    private readonly object _up;
    private int _hash;

    private ActorPath(Address address)
    {
        _up = address;
        Name = "/";
    }

    private ActorPath(ActorPath parent, string name, long uid)
    {
        _up = parent;
        Name = name;
        Uid = uid;
        Depth = parent.Depth + 1;
    }

    public Address Address => (Address)Root._up;

    /// <summary>The last element; <c>/</c> for a root path.</summary>
    public string Name { get; }

    /// <summary>Incarnation UID; 0 when not known (e.g. a parsed path without <c>#uid</c>).</summary>
    public long Uid { get; }

    /// <summary>Number of elements below the root.</summary>
    public int Depth { get; }

    private ActorPath? ParentOrNull => _up as ActorPath;

    /// <summary>The parent path; a root path is its own parent.</summary>
    public ActorPath Parent => ParentOrNull ?? this;

    public bool IsRoot => ParentOrNull is null;

    public ActorPath Root
    {
        get
        {
            var p = this;
            while (p.ParentOrNull is not null)
            {
                p = p.ParentOrNull;
            }

            return p;
        }
    }

    /// <summary>Element names from the root down (empty for the root).</summary>
    public IReadOnlyList<string> Elements => BuildElements();

    /// <summary>The root path of an address.</summary>
    public static ActorPath RootOf(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return new ActorPath(address);
    }

    public static ActorPath operator /(ActorPath parent, string name) => parent.Child(name);

    /// <summary>A child path (no UID). The name must be a valid path element.</summary>
    public ActorPath Child(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new ActorPath(this, name, 0);
    }

    internal ActorPath ChildWithUid(string name, long uid) => new(this, name, uid);

    /// <summary>The same path carrying another UID.</summary>
    public ActorPath WithUid(long uid) =>
        uid == Uid || ParentOrNull is null ? this : new ActorPath(ParentOrNull, Name, uid);

    public bool Equals(ActorPath? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || Depth != other.Depth)
        {
            return false;
        }

        var a = this;
        var b = other;
        while (a.ParentOrNull is { } aParent)
        {
            if (!string.Equals(a.Name, b.Name, StringComparison.Ordinal))
            {
                return false;
            }

            a = aParent;
            b = b.ParentOrNull!;
        }

        // Both are roots now (same depth): their slots hold the addresses.
        return a._up.Equals(b._up);
    }

    public override bool Equals(object? obj) => Equals(obj as ActorPath);

    public override int GetHashCode()
    {
        if (_hash == 0)
        {
            var h = new HashCode();
            h.Add(Address);
            foreach (var e in Elements)
            {
                h.Add(e, StringComparer.Ordinal);
            }

            var value = h.ToHashCode();
            _hash = value == 0 ? 1 : value;
        }

        return _hash;
    }

    /// <summary>Orders by address, then element by element; the UID is not compared.</summary>
    public int CompareTo(ActorPath? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Address.CompareTo(other.Address);
        if (c != 0)
        {
            return c;
        }

        var a = Elements;
        var b = other.Elements;
        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            c = string.CompareOrdinal(a[i], b[i]);
            if (c != 0)
            {
                return c;
            }
        }

        return a.Count.CompareTo(b.Count);
    }

    public static bool operator ==(ActorPath? left, ActorPath? right) => left is null ? right is null : left.Equals(right);

    public static bool operator !=(ActorPath? left, ActorPath? right) => !(left == right);

    public static bool operator <(ActorPath? left, ActorPath? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    public static bool operator >(ActorPath? left, ActorPath? right) => left is not null && left.CompareTo(right) > 0;

    public static bool operator <=(ActorPath? left, ActorPath? right) => !(left > right);

    public static bool operator >=(ActorPath? left, ActorPath? right) => !(left < right);

    /// <summary><c>/user/a/b</c>, without address and UID.</summary>
    public string ToStringWithoutAddress() => IsRoot ? "/" : "/" + string.Join('/', Elements);

    /// <summary><c>actorchat://sys/user/a</c>.</summary>
    public override string ToString() => Address + ToStringWithoutAddress();

    /// <summary>The full form with <c>#uid</c> when the UID is known, as used on the wire.</summary>
    public string ToSerializationFormat() =>
        Uid == 0 ? ToString() : ToString() + "#" + Uid.ToString(CultureInfo.InvariantCulture);

    /// <summary>The path rendered against another address (e.g. the system's remote address).</summary>
    public string ToStringWithAddress(Address address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address + ToStringWithoutAddress();
    }

    public static ActorPath Parse(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return TryParse(path, out var result)
            ? result
            : throw new FormatException($"Invalid actor path \"{path}\": expected actorchat[.transport]://system[@host:port]/a/b[#uid].");
    }

    /// <summary>Parses a full path string; the last element may carry <c>#uid</c>.</summary>
    public static bool TryParse(string path, out ActorPath result)
    {
        result = null!;
        if (path is null || !Address.TryParse(path, out var address, out var rest))
        {
            return false;
        }

        var current = RootOf(address);
        long uid = 0;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!long.TryParse(rest[(hash + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out uid))
            {
                return false;
            }

            rest = rest[..hash];
        }

        foreach (var range in rest.Split('/'))
        {
            var element = rest[range];
            if (element.IsEmpty)
            {
                continue;
            }

            current = current.Child(element.ToString());
        }

        result = uid == 0 ? current : current.WithUid(uid);
        return true;
    }

    /// <summary>
    /// True when <paramref name="name"/> may be an actor name: ASCII letters, digits, the symbols
    /// <c>-_.*$+:@&amp;=,!~';()</c>, and <c>%XX</c> escapes; not empty. (The rule that user names may
    /// not start with <c>$</c> is checked separately, since generated names do.)
    /// </summary>
    public static bool IsValidPathElement(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterOrDigit(c) || "-_.*$+:@&=,!~';()".Contains(c, StringComparison.Ordinal))
            {
                continue;
            }

            if (c == '%' && i + 2 < name.Length && char.IsAsciiHexDigit(name[i + 1]) && char.IsAsciiHexDigit(name[i + 2]))
            {
                i += 2;
                continue;
            }

            return false;
        }

        return true;
    }

    private string[] BuildElements()
    {
        var result = new string[Depth];
        var p = this;
        for (var i = Depth - 1; i >= 0; i--)
        {
            result[i] = p.Name;
            p = p.ParentOrNull!;
        }

        return result;
    }
}
