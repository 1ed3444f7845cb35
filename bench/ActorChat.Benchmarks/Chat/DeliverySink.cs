using ActorChat.Actors;
using ActorChat.Chat.Broker;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// Stands in for a client connection behind the broker: a real actor (so each delivery still costs a
/// mailbox enqueue and a run, as it does for a connection) that only counts <see cref="Deliver"/>s.
/// </summary>
internal sealed class DeliverySink : UntypedActor
{
    private readonly DeliveryCounter _counter;

    public DeliverySink(DeliveryCounter counter) => _counter = counter;

    public static Props Props(DeliveryCounter counter) => ActorChat.Actors.Props.Create(() => new DeliverySink(counter));

    protected override void OnReceive(object message)
    {
        if (message is Deliver)
        {
            _counter.Delivered();
        }
    }
}
