using ActorChat.Actors.Events;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Connections;

/// <summary>From the reader loop: one framed line (or a per-line error).</summary>
internal sealed record InboundFrame(Frame Frame);

/// <summary>
/// From the reader loop, always its last message: EOF, an I/O error, or a requested stop. When the
/// connection actor stops first (server-side close, kick, shutdown), its PostStop stops the reader,
/// whose ReaderEnded then finds the actor gone; that is expected, so it is no dead letter in the log.
/// </summary>
internal sealed record ReaderEnded(ReaderEndReason Reason, Exception? Error) : IDeadLetterSuppression;

/// <summary>A socket write finished; <paramref name="Error"/> is set when it failed.</summary>
internal sealed record WriteDone(Exception? Error)
{
    public static WriteDone Ok { get; } = new((Exception?)null);
}

/// <summary>Self-message queued behind the deliveries already in the mailbox: flush what they appended.</summary>
internal sealed record FlushNow
{
    public static FlushNow Instance { get; } = new();
}

/// <summary>Timer: after a half-close, the broker did not answer for the client's last lines in time; close anyway.</summary>
internal sealed record InputDrainTimedOut
{
    public static InputDrainTimedOut Instance { get; } = new();
}

/// <summary>Timer: a closing connection's final line did not get out in time.</summary>
internal sealed record ForceClose
{
    public static ForceClose Instance { get; } = new();
}

/// <summary>Shutdown step 2: say "info: server shutting down", stop the reader. Reply: <see cref="ReadingStopped"/>.</summary>
internal sealed record StopReading
{
    public static StopReading Instance { get; } = new();
}

internal sealed record ReadingStopped
{
    public static ReadingStopped Instance { get; } = new();
}

/// <summary>Shutdown step 3: flush everything, close the socket, stop. Reply: <see cref="Closed"/>.</summary>
internal sealed record CloseGracefully
{
    public static CloseGracefully Instance { get; } = new();
}

internal sealed record Closed
{
    public static Closed Instance { get; } = new();
}
