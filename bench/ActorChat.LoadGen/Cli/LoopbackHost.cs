using System.Diagnostics.CodeAnalysis;
using System.Net;

namespace ActorChat.LoadGen.Cli;

/// <summary>
/// The generator can open 19,000 connections and push hundreds of thousands of lines a second, so
/// it only ever targets this machine: anything that is not a loopback address is refused.
/// </summary>
internal static class LoopbackHost
{
    /// <summary>Parses an IP literal or <c>localhost</c> (taken as 127.0.0.1 without asking DNS).</summary>
    public static bool TryParse(string text, [NotNullWhen(true)] out IPAddress? address, [NotNullWhen(false)] out string? error)
    {
        if (string.Equals(text, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            address = IPAddress.Loopback;
            error = null;
            return true;
        }

        if (!IPAddress.TryParse(text, out var parsed))
        {
            address = null;
            error = $"--host {text}: not an IP address (only loopback addresses or 'localhost' are allowed)";
            return false;
        }

        if (!IPAddress.IsLoopback(parsed))
        {
            address = null;
            error = $"--host {text}: not a loopback address; the load generator only targets this machine";
            return false;
        }

        address = parsed;
        error = null;
        return true;
    }
}
