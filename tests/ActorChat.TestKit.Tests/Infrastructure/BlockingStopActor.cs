using ActorChat.Actors;

namespace ActorChat.TestKit.Tests.Infrastructure;

/// <summary>
/// Holds up its own termination: PostStop waits for the gate (bounded, so a broken test cannot
/// strand a pool thread forever).
/// </summary>
public sealed class BlockingStopActor(ManualResetEventSlim gate) : ActorBase
{
    protected override bool Receive(object message) => false;

    protected override void PostStop() => gate.Wait(TimeSpan.FromSeconds(10));
}
