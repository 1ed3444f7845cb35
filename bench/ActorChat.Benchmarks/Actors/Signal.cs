namespace ActorChat.Benchmarks.Actors;

/// <summary>A ping-pong message carrying how many hops are left; allocated per hop as user code would.</summary>
public sealed record Signal(int Remaining);
