namespace ActorChat.Actors;

/// <summary>Lifecycle hooks with Akka's defaults.</summary>
public abstract partial class ActorBase
{
    /// <summary>After the instance is created; failures become <see cref="ActorInitializationException"/>.</summary>
    protected virtual void PreStart()
    {
    }

    /// <summary>After the actor and all its children have stopped, before watchers are notified.</summary>
    protected virtual void PostStop()
    {
    }

    /// <summary>
    /// On the failed instance before it is replaced: by default unwatches and stops every child, then
    /// calls <see cref="PostStop"/>. <paramref name="message"/> is the message that was being processed.
    /// </summary>
    protected virtual void PreRestart(Exception reason, object? message)
    {
        var context = Context;
        foreach (var child in context.GetChildren())
        {
            context.Unwatch(child);
            context.Stop(child);
        }

        PostStop();
    }

    /// <summary>On the new instance after a restart: by default calls <see cref="PreStart"/>.</summary>
    protected virtual void PostRestart(Exception reason) => PreStart();

    public virtual void AroundPreStart() => PreStart();

    public virtual void AroundPostStop() => PostStop();

    public virtual void AroundPreRestart(Exception cause, object? message) => PreRestart(cause, message);

    public virtual void AroundPostRestart(Exception cause) => PostRestart(cause);
}
