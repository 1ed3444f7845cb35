namespace ActorChat.Chat.Management.Settings;

/// <summary>The management endpoint's settings (actorchat.cmd in reference.conf), read once at startup.</summary>
public sealed record CmdSettings
{
    public required bool Enabled { get; init; }

    public required string Hostname { get; init; }

    /// <summary>0 means "pick a free port".</summary>
    public required int Port { get; init; }

    /// <summary>Empty: no authentication.</summary>
    public required string Token { get; init; }

    public required int MaxRequestLength { get; init; }

    public required int LogBufferSize { get; init; }
}
