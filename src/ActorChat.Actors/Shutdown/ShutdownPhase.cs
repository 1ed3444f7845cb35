namespace ActorChat.Actors.Shutdown;

/// <summary>One phase of <see cref="CoordinatedShutdown"/>, as bound from <c>actorchat.coordinated-shutdown.phases</c>.</summary>
/// <param name="Name">The phase name, e.g. <c>service-unbind</c>.</param>
/// <param name="DependsOn">Phases that must have finished before this one starts.</param>
/// <param name="Timeout">How long the phase's tasks together may take.</param>
/// <param name="Recover">On: a failed or timed-out task is logged and the run goes on. Off: the run stops here.</param>
public sealed record ShutdownPhase(string Name, IReadOnlyList<string> DependsOn, TimeSpan Timeout, bool Recover);
