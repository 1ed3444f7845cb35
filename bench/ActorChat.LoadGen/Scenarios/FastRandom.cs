namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// xorshift64* (Vigna): a few instructions per draw and no shared state, for the producer thread
/// that picks a sender and a recipient per message. Seeded, so runs pick the same pairs.
/// </summary>
internal struct FastRandom
{
    private ulong _state;

    public FastRandom(int seed)
    {
        // Spread the seed (splitmix64 step); the state must never be zero.
        var z = unchecked((ulong)seed + 0x9E3779B97F4A7C15UL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        _state = (z ^ (z >> 31)) | 1;
    }

    /// <summary>A uniform integer in [0, <paramref name="bound"/>) (Lemire's multiply-shift, bias below 2^-32).</summary>
    public int Next(int bound)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        var value = (uint)((_state * 0x2545F4914F6CDD1DUL) >> 32);
        return (int)(((ulong)value * (uint)bound) >> 32);
    }
}
