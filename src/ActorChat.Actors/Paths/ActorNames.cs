namespace ActorChat.Actors.Paths;

/// <summary>Validation of user-chosen names and generation of <c>$a</c>-style names.</summary>
internal static class ActorNames
{
    // Base-64 alphabet used by Akka for generated names, least-significant digit first.
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+~";

    /// <summary>Throws <see cref="InvalidActorNameException"/> unless the name is a legal user name.</summary>
    public static void ValidateUserName(string? name)
    {
        if (name is null || name.Length == 0)
        {
            throw new InvalidActorNameException("Actor name must not be null or empty.");
        }

        if (name[0] == '$')
        {
            throw new InvalidActorNameException(
                $"Illegal actor name \"{name}\": names must not start with '$' (that prefix is reserved for generated names).");
        }

        if (!ActorPath.IsValidPathElement(name))
        {
            throw new InvalidActorNameException(
                $"Illegal actor name \"{name}\": use ASCII letters, digits, -_.*$+:@&=,!~';() or %XX escapes.");
        }
    }

    /// <summary><c>$</c> + little-endian base-64 digits of <paramref name="counter"/>: 0 → <c>$a</c>, 64 → <c>$ab</c>.</summary>
    public static string Generate(long counter)
    {
        Span<char> buffer = stackalloc char[12];
        buffer[0] = '$';
        var length = 1;
        var n = (ulong)counter;
        do
        {
            buffer[length++] = Alphabet[(int)(n & 63)];
            n >>= 6;
        }
        while (n != 0);

        return new string(buffer[..length]);
    }

    /// <summary>A random non-zero incarnation UID.</summary>
    public static int NewUid()
    {
        int uid;
        do
        {
            uid = Random.Shared.Next(int.MinValue, int.MaxValue);
        }
        while (uid == 0);

        return uid;
    }
}
