using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Tests.Receiving;

/// <summary>
/// A restart while a ReceiveAsync task is still running (here: AllForOne restarting a sibling of the
/// failed child). The task's mailbox suspension belongs to the discarded incarnation: the new one
/// processes messages at once, and the old task's later completion neither resumes nor fails it.
/// </summary>
public sealed class ReceiveAsyncRestartTests : ActorChat.TestKit.TestKit
{
    /// <summary>A gate message starts an async handler that waits for it; true = then throw.</summary>
    private sealed class AsyncWorker : ReceiveActor
    {
        public AsyncWorker(IActorRef probe)
        {
            probe.Tell("started", ActorRefs.NoSender);
            ReceiveAsync<TaskCompletionSource<bool>>(async gate =>
            {
                probe.Tell("waiting", ActorRefs.NoSender);
                if (await gate.Task)
                {
                    throw new InvalidOperationException("late failure");
                }

                probe.Tell("async done", ActorRefs.NoSender);
            });
            Receive<string>(s => Sender.Tell(s, Self));
        }
    }

    private sealed class Failer : ReceiveActor
    {
        public Failer() => Receive<Exception>(e => throw e);
    }

    private sealed class Supervisor : ReceiveActor
    {
        public Supervisor(IActorRef probe)
        {
            Context.ActorOf(Props.Create(() => new AsyncWorker(probe)), "worker");
            Context.ActorOf(Props.Create<Failer>(), "failer");
            Receive<string>(name => Sender.Tell(Context.Child(name), Self));
        }

        protected override SupervisorStrategy SupervisorStrategy() => new AllForOneStrategy(_ => Directive.Restart);
    }

    private static TaskCompletionSource<bool> NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Starts an async handler on the worker, then restarts it through a sibling's failure.</summary>
    private (IActorRef Worker, TaskCompletionSource<bool> StaleGate) RestartWhileAsyncPending(TestKit.TestProbe probe)
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(probe.Ref)));
        probe.ExpectMsg("started");
        supervisor.Tell("worker");
        var worker = ExpectMsg<IActorRef>();
        supervisor.Tell("failer");
        var failer = ExpectMsg<IActorRef>();

        var gate = NewGate();
        worker.Tell(gate);
        probe.ExpectMsg("waiting");
        failer.Tell(new InvalidOperationException("sibling failure"));
        probe.ExpectMsg("started");
        return (worker, gate);
    }

    [Fact]
    public void ReceiveAsync_RestartWhileTaskPending_NewIncarnationProcessesMessages()
    {
        var probe = CreateTestProbe();
        var (worker, staleGate) = RestartWhileAsyncPending(probe);

        worker.Tell("ping");
        ExpectMsg("ping");

        // The old task still runs to its end (its continuations are not dropped) without side effects.
        staleGate.SetResult(false);
        probe.ExpectMsg("async done");
        worker.Tell("pong");
        ExpectMsg("pong");
    }

    [Fact]
    public void ReceiveAsync_StaleTaskFaultsAfterRestart_NewIncarnationIsNotFailed()
    {
        var probe = CreateTestProbe();
        var (worker, staleGate) = RestartWhileAsyncPending(probe);

        // Logged as a warning, not reported to the supervisor: no further restart of the new instance.
        EventFilter.Exception<InvalidOperationException>(contains: "late failure").ExpectOne(() => staleGate.SetResult(true));
        probe.ExpectNoMsg(TimeSpan.FromMilliseconds(300));
        worker.Tell("ping");
        ExpectMsg("ping");
    }

    [Fact]
    public void ReceiveAsync_StaleCompletion_DoesNotResumeNewIncarnationsSuspension()
    {
        var probe = CreateTestProbe();
        var (worker, staleGate) = RestartWhileAsyncPending(probe);

        var gate = NewGate();
        worker.Tell(gate);
        probe.ExpectMsg("waiting");
        worker.Tell("ping");

        staleGate.SetResult(false);
        probe.ExpectMsg("async done");

        // "ping" still waits for the new incarnation's own task.
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        gate.SetResult(false);
        probe.ExpectMsg("async done");
        ExpectMsg("ping");
    }
}
