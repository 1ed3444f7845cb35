namespace ActorChat.Chat.Settings;

/// <summary>
/// The chat service's settings, bound once from <c>actorchat.node.*</c> and <c>actorchat.chat.*</c>
/// (see the embedded reference.conf, which documents every key). Code reads these properties, never
/// config paths.
/// </summary>
public sealed record ChatSettings
{
    public required string NodeName { get; init; }

    public required string Hostname { get; init; }

    /// <summary>0 means "pick a free port".</summary>
    public required int Port { get; init; }

    public required int MaxLineLength { get; init; }

    public required int MaxNameLength { get; init; }

    public required int MaxClients { get; init; }

    public required long OutboundBufferLimit { get; init; }

    public required int FlushThreshold { get; init; }

    public required int ReadAheadLines { get; init; }

    public required TimeSpan AcceptBackoffMin { get; init; }

    public required TimeSpan AcceptBackoffMax { get; init; }

    public required TimeSpan CloseTimeout { get; init; }

    public TimeSpan MaxFlushDelay { get; init; } = TimeSpan.FromMilliseconds(20);

    /// <summary>How client sockets are read; <see cref="SocketReaderKind.Auto"/> unless a config says otherwise.</summary>
    public SocketReaderKind SocketReader { get; init; }
}
