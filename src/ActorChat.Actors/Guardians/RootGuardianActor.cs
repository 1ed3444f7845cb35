using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Guardians;

/// <summary>The root <c>/</c>: stops any failing guardian, and stops itself when <c>/system</c> is gone.</summary>
internal sealed class RootGuardianActor : ActorBase
{
    protected override bool Receive(object message)
    {
        switch (message)
        {
            case WatchGuardian watch:
                Context.Watch(watch.Guardian);
                return true;
            case Terminated:
                Context.Stop(Self);
                return true;
            default:
                return false;
        }
    }

    protected override SupervisorStrategy SupervisorStrategy() => Supervision.SupervisorStrategy.StoppingStrategy;

    // The root keeps its children across a (theoretical) restart: they are the guardians.
    protected override void PreRestart(Exception reason, object? message)
    {
    }
}
