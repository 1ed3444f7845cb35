using System.Text;
using ActorChat.Actors;
using ActorChat.Actors.Dispatch.SysMsg;
using ActorChat.Actors.Refs;
using ActorChat.Remote.Associations;

namespace ActorChat.Remote.Refs;

/// <summary>
/// A ref to an actor on another node. Tell queues on the association to that node (at most once);
/// Watch/Unwatch/death notifications go as sequenced system messages (resent until acked), and a
/// Watch also makes the remote watcher heartbeat that node.
/// </summary>
internal sealed class RemoteActorRef(Remoting remoting, ActorPath path) : ActorRefBase
{
    private RemoteAssociation? _association;
    private string? _wireForm;
    private byte[]? _wireBytes;

    public override ActorPath Path => path;

    public override IInternalActorRef Parent => Nobody.Instance;

    public override ActorSystemImpl System => remoting.System;

    public override bool IsLocal => false;

    public override bool IsTerminated => false;

    /// <summary>The path#uid form sent for this ref, computed once (it goes out with every message).</summary>
    internal string WireForm => _wireForm ??= path.ToSerializationFormat();

    /// <summary><see cref="WireForm"/> as UTF-8, written as is into every frame for this recipient.</summary>
    internal byte[] WireBytes => _wireBytes ??= Encoding.UTF8.GetBytes(WireForm);

    private RemoteAssociation Association => _association ??= remoting.Associations.GetOrCreate(path.Address);

    public override void Tell(object message, IActorRef? sender)
    {
        ArgumentNullException.ThrowIfNull(message);
        Association.SendUser(this, message, sender);
    }

    public override void SendSystemMessage(ISystemMessage message)
    {
        switch (message)
        {
            case Watch watch when watch.Watchee.Equals(this):
                remoting.Watcher.AddWatch(this, watch.Watcher);
                Association.SendSystem(this, message);
                break;
            case Unwatch unwatch when unwatch.Watchee.Equals(this):
                remoting.Watcher.RemoveWatch(this, unwatch.Watcher);
                Association.SendSystem(this, message);
                break;
            case DeathWatchNotification:
                Association.SendSystem(this, message);
                break;
            default:
                // Lifecycle messages (Terminate, Suspend, ...) never cross nodes: no remote deployment.
                RemoteLog.SystemMessageNotSent(remoting.Logger, message.GetType(), path);
                break;
        }
    }

    public override void Stop() => RemoteLog.SystemMessageNotSent(remoting.Logger, typeof(Terminate), path);
}
