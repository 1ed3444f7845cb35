using ActorChat.Actors.Events;
using ActorChat.Actors.Logging;
using ActorChat.Actors.Scheduling;
using ActorChat.Hocon;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors;

/// <summary>
/// A hierarchy of actors with shared configuration, scheduler, event stream and dead letters.
/// Top-level paths: <c>/user</c>, <c>/system</c>, <c>/deadLetters</c>, <c>/temp</c>.
/// </summary>
public abstract class ActorSystem : IActorRefFactory, ICanStop
{
    private protected ActorSystem()
    {
    }

    public abstract string Name { get; }

    public abstract ActorSystemSettings Settings { get; }

    public abstract EventStream EventStream { get; }

    public abstract IActorRef DeadLetters { get; }

    public abstract IScheduler Scheduler { get; }

    public abstract ILoggingAdapter Log { get; }

    public abstract ILoggerFactory LoggerFactory { get; }

    public abstract TimeProvider TimeProvider { get; }

    /// <summary>The local address, <c>actorchat://Name</c>.</summary>
    public abstract Address Address { get; }

    /// <summary>Completes once every actor (root guardian included) has stopped and callbacks ran.</summary>
    public abstract Task WhenTerminated { get; }

    /// <summary>Creates a system with the reference configuration.</summary>
    public static ActorSystem Create(string name) => Create(name, new ActorSystemSetup());

    /// <summary>Creates a system; <paramref name="config"/> is layered over the reference configuration.</summary>
    public static ActorSystem Create(string name, Config config) => Create(name, new ActorSystemSetup { Config = config });

    public static ActorSystem Create(string name, ActorSystemSetup setup)
    {
        ArgumentNullException.ThrowIfNull(setup);
        var system = new ActorSystemImpl(name, setup);
        system.Start();
        return system;
    }

    /// <summary>Stops all actors (user ones first) and returns <see cref="WhenTerminated"/>. Idempotent.</summary>
    public abstract Task Terminate();

    /// <summary>Runs <paramref name="callback"/> after termination, before <see cref="WhenTerminated"/> completes (latest registered first).</summary>
    public abstract void RegisterOnTermination(Action callback);

    public abstract IActorRef ActorOf(Props props, string? name = null);

    /// <summary>Creates an actor under <c>/system</c> (for runtime services and test kits).</summary>
    public abstract IActorRef SystemActorOf(Props props, string? name = null);

    public abstract ActorSelection ActorSelection(string path);

    public abstract ActorSelection ActorSelection(ActorPath path);

    public abstract void Stop(IActorRef actor);

    public override string ToString() => Address.ToString();
}
