using ActorChat.Actors;

namespace ActorChat.Benchmarks.Actors;

/// <summary>Asks a <see cref="BurstPingActor"/> for <see cref="RoundTrips"/> round trips with at most <see cref="InFlight"/> outstanding.</summary>
public sealed record Burst(IActorRef Partner, int RoundTrips, int InFlight, TaskCompletionSource Done);
