using ActorChat.Actors.Shutdown;

namespace ActorChat.Hosting.Lifetime;

/// <summary>
/// Whether an actor system that terminated while the host was not stopping did so on purpose.
/// Requested: someone ran CoordinatedShutdown with a reason of its own (a process signal's
/// <see cref="ClrExitReason"/>, an operator's shutdown command, any application reason) — the process
/// exits as usual (0). Unexpected: the system died without CoordinatedShutdown.Run being asked
/// (no reason at all), or through <see cref="ActorSystem.Terminate"/> (<see cref="ActorSystemTerminateReason"/>),
/// which is also how a failed guardian takes the system down — the process exits non-zero.
/// </summary>
internal static class ShutdownExitRule
{
    public static bool IsRequested(ShutdownReason? reason) => reason is not null and not ActorSystemTerminateReason;
}
