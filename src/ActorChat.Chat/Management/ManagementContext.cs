using System.Net;
using ActorChat.Chat.Management.Logs;
using ActorChat.Chat.Management.Settings;
using ActorChat.Hocon;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Management;

/// <summary>Everything the methods read about the node; shared by every CLI connection (read-only or thread-safe).</summary>
internal sealed class ManagementContext
{
    private long _deadLetters;

    public required ActorSystem System { get; init; }

    public required ChatService Chat { get; init; }

    public required CmdSettings Settings { get; init; }

    /// <summary>The node's effective config (secrets unmasked: render through ConfigJson only).</summary>
    public required Config Config { get; init; }

    public required LogRing Logs { get; init; }

    public required string NodeName { get; init; }

    public required string Version { get; init; }

    public required DateTimeOffset StartedAt { get; init; }

    public required IPEndPoint CmdEndpoint { get; init; }

    public required ILogger Log { get; init; }

    /// <summary>Starts the node's shutdown (host stop, which runs CoordinatedShutdown).</summary>
    public required Action RequestShutdown { get; init; }

    public RateSampler Rates { get; } = new();

    public long DeadLetters => Interlocked.Read(ref _deadLetters);

    public TimeSpan Uptime => System.TimeProvider.GetUtcNow() - StartedAt;

    public void OnDeadLetter() => Interlocked.Increment(ref _deadLetters);
}
