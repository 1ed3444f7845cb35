using System.Collections.Concurrent;
using System.Globalization;
using ActorChat.Actors.Paths;

namespace ActorChat.Actors.Refs;

/// <summary><c>/temp</c>: registry of short-lived refs (Ask and GracefulStop promises) so paths resolve.</summary>
internal sealed class TempContainer(ActorSystemImpl system, ActorPath path) : MinimalActorRef
{
    private readonly ConcurrentDictionary<string, IInternalActorRef> _refs = new(StringComparer.Ordinal);
    private long _counter;

    public override ActorPath Path => path;

    public override ActorSystemImpl System => system;

    public int Count => _refs.Count;

    public override void Tell(object message, IActorRef? sender) => system.DeadLetterRef.DeliverFrom(message, sender, this);

    /// <summary>A fresh, unique path under /temp (plain counter names, as in Akka.NET 1.5).</summary>
    public ActorPath NextPath() =>
        path.ChildWithUid(Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture), ActorNames.NewUid());

    public void Register(IInternalActorRef actor) => _refs[actor.Path.Name] = actor;

    public void Unregister(IInternalActorRef actor) => _refs.TryRemove(new KeyValuePair<string, IInternalActorRef>(actor.Path.Name, actor));

    public override IInternalActorRef GetChild(string name) => _refs.TryGetValue(name, out var found) ? found : Nobody.Instance;
}
