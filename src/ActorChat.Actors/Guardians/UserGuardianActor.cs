namespace ActorChat.Actors.Guardians;

/// <summary><c>/user</c>: parent of top-level actors; its strategy comes from config.</summary>
internal sealed class UserGuardianActor : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case StopChild stop:
                Context.Stop(stop.Child);
                return true;
            case Terminated:
                Context.Stop(Self);
                return true;
            default:
                Cell.System.DeadLetterRef.DeliverFrom(message, Sender, Self);
                return true;
        }
    }
}
