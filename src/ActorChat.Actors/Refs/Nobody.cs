using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Refs;

/// <summary>The "no actor" ref: drops messages; a watch on it reports termination at once.</summary>
internal sealed class Nobody : MinimalActorRef
{
    private static readonly ActorPath NobodyPath = ActorPath.RootOf(new Address(Address.LocalProtocol, "all-systems")) / "Nobody";

    private Nobody()
    {
    }

    public static Nobody Instance { get; } = new();

    public override ActorPath Path => NobodyPath;

    public override ActorSystemImpl? System => null;

    public override bool IsTerminated => true;

    public override void Tell(object message, IActorRef? sender) => ArgumentNullException.ThrowIfNull(message);

    public override void SendSystemMessage(ISystemMessage message)
    {
        if (message is Watch watch)
        {
            watch.Watcher.SendSystemMessage(new DeathWatchNotification(watch.Watchee, ExistenceConfirmed: false, AddressTerminated: false));
        }
    }
}
