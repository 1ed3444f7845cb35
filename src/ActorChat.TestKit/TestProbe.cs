using ActorChat.Actors;

namespace ActorChat.TestKit;

/// <summary>
/// An extra TestActor with its own queue and the full expectation API (inherited from
/// <see cref="TestKitBase"/>, like the test kit itself), sharing the test's system.
/// </summary>
public sealed class TestProbe : TestKitBase
{
    internal TestProbe(ActorSystem system, TestKitSettings settings, string? name)
        : base(system, settings, name is null ? null : "probe-" + name + "-" + Guid.NewGuid().ToString("N")[..8])
    {
    }

    /// <summary>The probe's actor ref (what to hand to the code under test).</summary>
    public IActorRef Ref => TestActor;

    /// <summary>Sender of the last received message.</summary>
    public IActorRef Sender => LastSender;

    /// <summary>Sends <paramref name="message"/> to <paramref name="actor"/> with the probe as sender.</summary>
    public void Send(IActorRef actor, object message)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Tell(message, Ref);
    }

    /// <summary>Forwards the last (or a given) message to <paramref name="actor"/>, keeping the last message's sender.</summary>
    public void Forward(IActorRef actor, object? message = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        actor.Tell(message ?? LastMessage ?? throw new InvalidOperationException("No message to forward."), LastSender);
    }

    /// <summary>Replies to the sender of the last received message, with the probe as sender.</summary>
    public void Reply(object message) => LastSender.Tell(message, Ref);

    public override string ToString() => "TestProbe(" + Ref.Path + ")";
}
