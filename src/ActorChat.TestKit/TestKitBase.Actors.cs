using System.Runtime.ExceptionServices;
using ActorChat.Actors;
using ActorChat.Actors.Supervision;
using ActorChat.TestKit.Internal;
using Xunit;

namespace ActorChat.TestKit;

/// <summary>Creating, watching and probing actors.</summary>
public abstract partial class TestKitBase
{
    public IActorRef ActorOf(Props props, string? name = null) => Sys.ActorOf(props, name);

    public IActorRef ActorOf<TActor>(string? name = null)
        where TActor : ActorBase =>
        Sys.ActorOf(Props.Create<TActor>(), name);

    public ActorSelection ActorSelection(string path) => Sys.ActorSelection(path);

    /// <summary>Makes the TestActor watch <paramref name="actor"/>; returns once the watch is registered.</summary>
    public IActorRef Watch(IActorRef actor)
    {
        WaitForTestActor(RequestWatch(actor, watch: true), $"Watch({actor})");
        return actor;
    }

    /// <summary>Stops watching (a Terminated already queued in the TestActor's mailbox is discarded); returns once done.</summary>
    public IActorRef Unwatch(IActorRef actor)
    {
        WaitForTestActor(RequestWatch(actor, watch: false), $"Unwatch({actor})");
        return actor;
    }

    public async Task<IActorRef> WatchAsync(IActorRef actor, CancellationToken cancellationToken = default)
    {
        await WaitForTestActorAsync(RequestWatch(actor, watch: true), $"Watch({actor})", cancellationToken).ConfigureAwait(false);
        return actor;
    }

    public async Task<IActorRef> UnwatchAsync(IActorRef actor, CancellationToken cancellationToken = default)
    {
        await WaitForTestActorAsync(RequestWatch(actor, watch: false), $"Unwatch({actor})", cancellationToken).ConfigureAwait(false);
        return actor;
    }

    /// <summary>
    /// Creates an actor as a child of the TestActor (so its failures are supervised there, not by
    /// <c>/user</c>). With <paramref name="supervisorStrategy"/>, the child gets an intermediate parent
    /// (<c>{name}-supervisor</c>) with that strategy, because the TestActor's own strategy is fixed.
    /// </summary>
    public IActorRef ChildActorOf(Props props, string? name = null, SupervisorStrategy? supervisorStrategy = null)
    {
        var done = RequestSpawn(props, name, supervisorStrategy);
        WaitForTestActor(done.Task, $"ChildActorOf({props})");
        return done.Task.GetAwaiter().GetResult();
    }

    public async Task<IActorRef> ChildActorOfAsync(Props props, string? name = null, SupervisorStrategy? supervisorStrategy = null, CancellationToken cancellationToken = default)
    {
        var done = RequestSpawn(props, name, supervisorStrategy);
        await WaitForTestActorAsync(done.Task, $"ChildActorOf({props})", cancellationToken).ConfigureAwait(false);
        return await done.Task.ConfigureAwait(false);
    }

    /// <summary>A new probe sharing this system.</summary>
    public TestProbe CreateTestProbe(string? name = null) => new(Sys, TestKitSettings, name);

    /// <summary>From now on the TestActor drops messages for which <paramref name="shouldIgnore"/> returns true.</summary>
    public void IgnoreMessages(Func<object, bool> shouldIgnore)
    {
        ArgumentNullException.ThrowIfNull(shouldIgnore);
        _hooks.Ignore = shouldIgnore;
    }

    /// <summary>Drops <typeparamref name="T"/> messages that satisfy <paramref name="shouldIgnore"/>.</summary>
    public void IgnoreMessages<T>(Func<T, bool> shouldIgnore)
    {
        ArgumentNullException.ThrowIfNull(shouldIgnore);
        _hooks.Ignore = message => message is T typed && shouldIgnore(typed);
    }

    /// <summary>Drops every <typeparamref name="T"/> message.</summary>
    public void IgnoreMessages<T>() => _hooks.Ignore = static message => message is T;

    /// <summary>Stops ignoring messages.</summary>
    public void IgnoreNoMessages() => _hooks.Ignore = null;

    /// <summary>Installs <paramref name="pilot"/>: it sees (and may answer) each message before it is queued.</summary>
    public void SetAutoPilot(AutoPilot pilot)
    {
        ArgumentNullException.ThrowIfNull(pilot);
        _hooks.AutoPilot = pilot;
    }

    private Task RequestWatch(IActorRef actor, bool watch)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        TestActor.Tell(new WatchRequest(actor, watch, done), ActorRefs.NoSender);
        return done.Task;
    }

    private TaskCompletionSource<IActorRef> RequestSpawn(Props props, string? name, SupervisorStrategy? strategy)
    {
        ArgumentNullException.ThrowIfNull(props);
        var done = new TaskCompletionSource<IActorRef>(TaskCreationOptions.RunContinuationsAsynchronously);
        TestActor.Tell(new SpawnRequest(props, name, strategy, done), ActorRefs.NoSender);
        return done;
    }

    /// <summary>Bounded by the dilated <c>default-timeout</c>: the TestActor answers at once unless the system is gone.</summary>
    private void WaitForTestActor(Task request, string what)
    {
        bool completed;
        try
        {
            completed = request.Wait(Dilated(TestKitSettings.DefaultTimeout));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            // Surfaces a failure (e.g. an invalid child name) as the caller's own exception.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
            throw;
        }

        if (!completed)
        {
            Assert.Fail($"The TestActor did not complete {what} in time");
        }
    }

    private async Task WaitForTestActorAsync(Task request, string what, CancellationToken cancellationToken)
    {
        try
        {
            await request.WaitAsync(Dilated(TestKitSettings.DefaultTimeout), cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The TestActor did not complete {what} in time");
        }
    }
}
