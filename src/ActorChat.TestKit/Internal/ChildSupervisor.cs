using ActorChat.Actors;

namespace ActorChat.TestKit.Internal;

/// <summary>
/// Parent for a <c>ChildActorOf</c> child that needs its own supervisor strategy: the TestActor's
/// strategy is fixed once it exists, so the requested one goes on this intermediate actor's Props.
/// </summary>
internal sealed class ChildSupervisor(Props childProps, string? childName, TaskCompletionSource<IActorRef> done) : ActorBase
{
    protected override void PreStart()
    {
        try
        {
            done.TrySetResult(Context.ActorOf(childProps, childName));
        }
        catch (Exception e)
        {
            done.TrySetException(e);
        }
    }

    protected override bool Receive(object message) => false;
}
