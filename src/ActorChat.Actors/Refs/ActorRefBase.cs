using System.Globalization;
using ActorChat.Actors.Dispatch.SysMsg;

namespace ActorChat.Actors.Refs;

/// <summary>Equality (path + UID), ordering and formatting shared by every ref.</summary>
internal abstract class ActorRefBase : IInternalActorRef
{
    public abstract ActorPath Path { get; }

    public abstract IInternalActorRef Parent { get; }

    public abstract ActorSystemImpl? System { get; }

    public virtual bool IsLocal => true;

    public abstract bool IsTerminated { get; }

    public abstract void Tell(object message, IActorRef? sender);

    public abstract void SendSystemMessage(ISystemMessage message);

    public virtual void Stop()
    {
    }

    public virtual IInternalActorRef GetChild(string name) => Nobody.Instance;

    public virtual IReadOnlyList<IInternalActorRef> GetChildren() => [];

    public bool Equals(IActorRef? other) =>
        other is not null && Path.Uid == other.Path.Uid && Path.Equals(other.Path);

    public override bool Equals(object? obj) => Equals(obj as IActorRef);

    public override int GetHashCode() => HashCode.Combine(Path.Uid, Path.GetHashCode());

    public int CompareTo(IActorRef? other)
    {
        if (other is null)
        {
            return 1;
        }

        var c = Path.CompareTo(other.Path);
        return c != 0 ? c : Path.Uid.CompareTo(other.Path.Uid);
    }

    public override string ToString() =>
        Path.Uid == 0
            ? $"[{Path}]"
            : $"[{Path}#{Path.Uid.ToString(CultureInfo.InvariantCulture)}]";
}
