using System.Runtime.InteropServices;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// A fixed-size array of slots in <see cref="UnboundedMessageQueue"/>'s linked list of segments.
/// <para>
/// <see cref="Reserved"/> is the producers' counter (one interlocked increment claims a slot; values
/// past the end mean "full, link the next segment"). <see cref="ConsumerIndex"/> belongs to the single
/// consumer. The explicit layout keeps the two counters 64 bytes apart so a producer's increment and
/// the consumer's per-message index update do not invalidate each other's cache line.
/// </para>
/// </summary>
[StructLayout(LayoutKind.Explicit)]
internal sealed class EnvelopeSegment
{
    [FieldOffset(0)]
    public readonly EnvelopeSlot[] Slots;

    [FieldOffset(8)]
    public EnvelopeSegment? Next;

    [FieldOffset(16)]
    public int Reserved;

    [FieldOffset(84)]
    public int ConsumerIndex;

    public EnvelopeSegment(int size) => Slots = new EnvelopeSlot[size];
}
