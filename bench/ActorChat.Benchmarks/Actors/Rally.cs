using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Asks a <see cref="PingActor"/> to bounce <see cref="Hops"/> messages with <see cref="Partner"/>.</summary>
public sealed record Rally(IActorRef Partner, int Hops, TaskCompletionSource Done);
