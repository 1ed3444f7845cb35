namespace ActorChat.Actors.Shutdown;

/// <summary>A task registered with <see cref="CoordinatedShutdown.AddTask"/>.</summary>
internal sealed record PhaseTask(string Name, Func<CancellationToken, Task> Run);
