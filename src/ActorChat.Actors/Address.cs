using System.Globalization;

namespace ActorChat.Actors;

/// <summary>
/// Where an actor system lives: <c>actorchat://sys</c> for a purely local system, or
/// <c>actorchat.tcp://sys@host:port</c> once remoting gives it a network location.
/// </summary>
public sealed record Address(string Protocol, string System, string? Host = null, int? Port = null) : IComparable<Address>
{
    /// <summary>The scheme of a local (non-remote) actor system.</summary>
    public const string LocalProtocol = "actorchat";

    /// <summary>True when the address carries no host, i.e. it names the local system only.</summary>
    public bool HasLocalScope => Host is null;

    /// <summary>True when the address carries a host (and so can be reached from other processes).</summary>
    public bool HasGlobalScope => Host is not null;

    /// <summary>Creates the local address of a system.</summary>
    public static Address Local(string system) => new(LocalProtocol, system);

    public override string ToString()
    {
        if (Host is null)
        {
            return Protocol + "://" + System;
        }

        return Port is { } port
            ? string.Create(CultureInfo.InvariantCulture, $"{Protocol}://{System}@{Host}:{port}")
            : Protocol + "://" + System + "@" + Host;
    }

    public int CompareTo(Address? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = string.CompareOrdinal(Protocol, other.Protocol);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(System, other.System);
        if (c != 0)
        {
            return c;
        }

        c = string.CompareOrdinal(Host, other.Host);
        return c != 0 ? c : Nullable.Compare(Port, other.Port);
    }

    public static bool operator <(Address? left, Address? right) => left is null ? right is not null : left.CompareTo(right) < 0;

    public static bool operator >(Address? left, Address? right) => left is not null && left.CompareTo(right) > 0;

    public static bool operator <=(Address? left, Address? right) => !(left > right);

    public static bool operator >=(Address? left, Address? right) => !(left < right);

    /// <summary>Parses <c>proto://system</c> or <c>proto://system@host:port</c>.</summary>
    public static Address Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var address, out _)
            ? address
            : throw new FormatException($"Invalid address \"{text}\": expected actorchat[.transport]://system[@host:port].");
    }

    /// <summary>Parses an address; <paramref name="rest"/> is whatever follows it (a path, or empty).</summary>
    internal static bool TryParse(ReadOnlySpan<char> text, out Address address, out ReadOnlySpan<char> rest)
    {
        address = null!;
        rest = default;
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd <= 0)
        {
            return false;
        }

        var protocol = text[..schemeEnd];
        if (!protocol.StartsWith(LocalProtocol, StringComparison.Ordinal))
        {
            return false;
        }

        var afterScheme = text[(schemeEnd + 3)..];
        var slash = afterScheme.IndexOf('/');
        var authority = slash < 0 ? afterScheme : afterScheme[..slash];
        rest = slash < 0 ? ReadOnlySpan<char>.Empty : afterScheme[slash..];
        if (authority.IsEmpty)
        {
            return false;
        }

        var at = authority.IndexOf('@');
        if (at < 0)
        {
            address = new Address(protocol.ToString(), authority.ToString());
            return true;
        }

        var system = authority[..at];
        var hostPort = authority[(at + 1)..];
        var colon = hostPort.LastIndexOf(':');
        if (system.IsEmpty || colon <= 0 ||
            !int.TryParse(hostPort[(colon + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ||
            port > 65535)
        {
            return false;
        }

        address = new Address(protocol.ToString(), system.ToString(), hostPort[..colon].ToString(), port);
        return true;
    }
}
