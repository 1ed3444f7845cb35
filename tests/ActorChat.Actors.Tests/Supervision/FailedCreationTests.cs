using ActorChat.Actors.Supervision;

namespace ActorChat.Actors.Tests.Supervision;

/// <summary>
/// A creation that failed after making children: when the supervisor restarts it (a custom decider
/// that restarts ActorInitializationException), those children are stopped and awaited first, so the
/// retried constructor/PreStart can use the same names (§2.1, Akka's FaultCreate).
/// </summary>
public sealed class FailedCreationTests : ActorChat.TestKit.TestKit
{
    private sealed class Attempts
    {
        public int Count;
    }

    /// <summary>Reports its own stop, so the test sees the old child die before the retry.</summary>
    private sealed class Kid : ReceiveActor
    {
        private readonly IActorRef _probe;

        public Kid(IActorRef probe)
        {
            _probe = probe;
            ReceiveAny(_ => { });
        }

        protected override void PostStop() => _probe.Tell("kid stopped", ActorRefs.NoSender);
    }

    private sealed class CtorFailsOnce : ReceiveActor
    {
        public CtorFailsOnce(IActorRef probe, Attempts attempts)
        {
            Context.ActorOf(Props.Create(() => new Kid(probe)), "kid");
            if (Interlocked.Increment(ref attempts.Count) == 1)
            {
                throw new InvalidOperationException("first constructor attempt");
            }

            probe.Tell("created", ActorRefs.NoSender);
            ReceiveAny(m => Sender.Tell(m, Self));
        }
    }

    private sealed class PreStartFailsOnce : ReceiveActor
    {
        private readonly IActorRef _probe;
        private readonly Attempts _attempts;

        public PreStartFailsOnce(IActorRef probe, Attempts attempts)
        {
            _probe = probe;
            _attempts = attempts;
            ReceiveAny(m => Sender.Tell(m, Self));
        }

        protected override void PreStart()
        {
            Context.ActorOf(Props.Create(() => new Kid(_probe)), "kid");
            if (Interlocked.Increment(ref _attempts.Count) == 1)
            {
                throw new InvalidOperationException("first PreStart attempt");
            }

            _probe.Tell("created", ActorRefs.NoSender);
        }
    }

    /// <summary>Creates one child from the given props; restarts it on any failure (a few times at most).</summary>
    private sealed class Supervisor : ReceiveActor
    {
        public Supervisor(Props child)
        {
            var created = Context.ActorOf(child, "subject");
            Receive<string>(m => created.Forward(m));
        }

        protected override SupervisorStrategy SupervisorStrategy() =>
            new OneForOneStrategy(3, TimeSpan.Zero, _ => Directive.Restart);
    }

    [Fact]
    public void FailedConstructor_RestartDirective_StopsItsChildrenBeforeRetrying()
    {
        var probe = CreateTestProbe();
        var attempts = new Attempts();
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(Props.Create(() => new CtorFailsOnce(probe.Ref, attempts)))));

        probe.ExpectMsg("kid stopped");
        probe.ExpectMsg("created");
        supervisor.Tell("ping");
        ExpectMsg("ping");
        Assert.Equal(2, attempts.Count);
    }

    [Fact]
    public void FailedPreStart_RestartDirective_StopsItsChildrenBeforeRetrying()
    {
        var probe = CreateTestProbe();
        var attempts = new Attempts();
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(Props.Create(() => new PreStartFailsOnce(probe.Ref, attempts)))));

        probe.ExpectMsg("kid stopped");
        probe.ExpectMsg("created");
        supervisor.Tell("ping");
        ExpectMsg("ping");
        Assert.Equal(2, attempts.Count);
    }
}
