using System.Text;

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

    public ChatBroker()
    {
        Receive<Register>(OnRegister);
        Receive<Say>(OnSay);
        Receive<Terminated>(OnTerminated);
        Receive<Drain>(_ => Sender.Tell(Drained.Instance));
        Receive<GetUsers>(_ => Sender.Tell(new Users([.. _users.Keys])));
    }

    public static Props Props() => Actors.Props.Create(() => new ChatBroker());

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
        var delivery = new Deliver(Encoding.UTF8.GetBytes(Protocol.ChatProtocol.Delivery(say.From, say.Text) + "\n"));
        foreach (var name in say.Recipients)
        {
            if (_users.TryGetValue(name, out var client))
            {
                client.Tell(delivery);
            }
            else
            {
                say.Sender.Tell(Deliver.Line(Protocol.ChatProtocol.UnknownUser(name)));
            }
        }
    }

    private void OnTerminated(Terminated terminated)
    {
        if (_names.Remove(terminated.ActorRef, out var name)
            && _users.TryGetValue(name, out var owner)
            && owner.Equals(terminated.ActorRef))
        {
            _users.Remove(name);
        }
    }
}
