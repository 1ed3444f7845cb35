namespace ActorChat.Actors.Guardians;

/// <summary><c>/system</c>: parent of runtime actors; stops itself once <c>/user</c> is gone.</summary>
internal sealed class SystemGuardianActor(IActorRef userGuardian) : ActorBase
{
    protected override void PreStart() => Context.Watch(userGuardian);

    protected override bool Receive(object message)
    {
        switch (message)
        {
            case StopChild stop:
                Context.Stop(stop.Child);
                return true;
            case Terminated terminated when terminated.ActorRef.Equals(userGuardian):
                Context.Stop(Self);
                return true;
            case Terminated:
                return true;
            default:
                Cell.System.DeadLetterRef.DeliverFrom(message, Sender, Self);
                return true;
        }
    }

    // Never lose the runtime's children because of a restart.
    protected override void PreRestart(Exception reason, object? message)
    {
    }
}
