using ActorChat.Hocon;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors;

/// <summary>Everything an actor system can be created with besides its name.</summary>
public sealed record ActorSystemSetup
{
    /// <summary>User config, layered over the embedded reference.conf.</summary>
    public Config? Config { get; init; }

    /// <summary>Clock for the scheduler, receive timeouts and restart windows (default: system clock).</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Where log lines go (default: nowhere).</summary>
    public ILoggerFactory? LoggerFactory { get; init; }
}
