namespace ActorChat.LoadGen.Clients;

/// <summary>
/// What clients report to the run. Called from socket completions on any thread, so every
/// implementation is thread-safe; the delivery calls are on the hot path and must not allocate.
/// </summary>
internal interface IClientEvents
{
    /// <summary>A delivery's text arrived; false when the text is not one this generator wrote.</summary>
    bool OnDelivery(ReadOnlySpan<byte> text);

    /// <summary>Deliveries counted in one read, reported once per read instead of once per line.</summary>
    void OnDeliveriesReceived(int count);

    /// <summary>An error line from the server (or a line the generator cannot use).</summary>
    void OnError(ChatClient client, ReadOnlySpan<byte> line);

    /// <summary>The connection ended (EOF, reset, failed write) while the run still used it.</summary>
    void OnDisconnected(ChatClient client, string reason);
}
