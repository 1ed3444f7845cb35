namespace ActorChat.Benchmarks.Actors;

/// <summary>Arms a <see cref="CountdownActor"/>: complete <see cref="Done"/> after <see cref="Count"/> more messages.</summary>
public sealed record Countdown(int Count, TaskCompletionSource Done);
