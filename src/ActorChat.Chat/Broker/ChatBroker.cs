using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Broker;

/// <summary>
/// Owns the name → connection map. It learns of a departure only through DeathWatch and removes an
/// entry only when the terminated ref is the registered one, so a fast re-login under the same name
/// is never evicted by the old connection's late <see cref="Terminated"/>. Its state is rebuilt after
/// a restart from the live connections (<see cref="ReRegister"/>), so a broker crash loses no user.
/// </summary>
internal sealed class ChatBroker : ReceiveActor
{
    private readonly Dictionary<string, IActorRef> _users = new(StringComparer.Ordinal);
    private readonly Dictionary<IActorRef, string> _names = [];
    private readonly HashSet<IActorRef> _tails = [];
    private readonly ChatStats? _stats;

    public ChatBroker(ChatStats? stats = null)
    {
        _stats = stats;
        Receive<Register>(OnRegister);
        Receive<Say>(OnSay);
        Receive<Terminated>(OnTerminated);
        Receive<Drain>(_ => Sender.Tell(Drained.Instance));
        Receive<GetUsers>(_ => Sender.Tell(new Users([.. _users.Keys])));
        Receive<OperatorSay>(OnOperatorSay);
        Receive<KickUser>(OnKick);
        Receive<SubscribeTail>(s =>
        {
            if (_tails.Add(s.Subscriber))
            {
                Context.Watch(s.Subscriber);
            }
        });
        Receive<UnsubscribeTail>(u =>
        {
            // A tail subscriber is never a client connection, so unwatching cannot lose a user.
            if (_tails.Remove(u.Subscriber) && !_names.ContainsKey(u.Subscriber))
            {
                Context.Unwatch(u.Subscriber);
            }
        });
    }

    /// <summary>Operators deliver as this name: '@' is not a name character, so no user can forge it.</summary>
    public const string OperatorName = "@operator";

    public static Props Props(ChatStats? stats = null) => Actors.Props.Create(() => new ChatBroker(stats));

    protected override void PostRestart(Exception reason)
    {
        base.PostRestart(reason);
        Context.Parent.Tell(BrokerRestarted.Instance);
    }

    private void OnRegister(Register register)
    {
        if (_users.TryGetValue(register.Name, out var owner))
        {
            // The same connection registering again (after a broker restart) keeps its name.
            register.Client.Tell(owner.Equals(register.Client) ? new Registered(register.Name) : new NameTaken(register.Name));
            return;
        }

        _users[register.Name] = register.Client;
        _names[register.Client] = register.Name;
        Context.Watch(register.Client);
        register.Client.Tell(new Registered(register.Name));
    }

    private void OnSay(Say say)
    {
        // One encoding shared by every recipient.
        var delivery = new Deliver(Protocol.ChatProtocol.DeliveryBytes(say.From, say.Text));
        var recipients = say.Recipients;
        var delivered = 0;
        for (var i = 0; i < recipients.Count; i++)
        {
            var name = recipients[i];
            if (_users.TryGetValue(name, out var client))
            {
                client.Tell(delivery);
                delivered++;
            }
            else
            {
                _stats?.OnError();
                say.Sender.Tell(Deliver.Line(Protocol.ChatProtocol.UnknownUser(name)));
            }
        }

        _stats?.OnDeliveries(delivered);
        PublishTail(say.From, say.Recipients, say.Text);
    }

    private void OnOperatorSay(OperatorSay say)
    {
        var delivery = new Deliver(Protocol.ChatProtocol.DeliveryBytes(OperatorName, say.Text));
        var delivered = new List<string>();
        var unknown = new List<string>();
        foreach (var name in say.Recipients)
        {
            if (_users.TryGetValue(name, out var client))
            {
                client.Tell(delivery);
                delivered.Add(name);
            }
            else
            {
                unknown.Add(name);
            }
        }

        _stats?.OnDeliveries(delivered.Count);
        PublishTail(OperatorName, say.Recipients, say.Text);
        Sender.Tell(new OperatorSaid(delivered, unknown));
    }

    private void OnKick(KickUser kick)
    {
        var found = _users.TryGetValue(kick.Name, out var client);
        client?.Tell(Kick.Instance);
        Sender.Tell(new KickResult(kick.Name, found));
    }

    private void PublishTail(string from, IReadOnlyList<string> recipients, string text)
    {
        if (_tails.Count == 0)
        {
            return;
        }

        var tail = new ChatTailEvent(Context.System.TimeProvider.GetUtcNow(), from, recipients, text);
        foreach (var subscriber in _tails)
        {
            subscriber.Tell(tail);
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        _tails.Remove(terminated.ActorRef);
        if (_names.Remove(terminated.ActorRef, out var name)
            && _users.TryGetValue(name, out var owner)
            && owner.Equals(terminated.ActorRef))
        {
            _users.Remove(name);
        }
    }
}
