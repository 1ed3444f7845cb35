using ActorChat.Actors.Supervision;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Supervision;

public sealed class SupervisionTests : ActorChat.TestKit.TestKit
{
    /// <summary>Counts messages; "state" replies the count; an Exception message is thrown.</summary>
    private sealed class Counter : ReceiveActor
    {
        private int _count;

        public Counter(IActorRef? probe = null)
        {
            probe?.Tell("started", ActorRefs.NoSender);
            Receive<Exception>(e => throw e);
            Receive<string>(s => s == "state", _ => Sender.Tell(_count, Self));
            ReceiveAny(_ => _count++);
        }
    }

    /// <summary>Creates children on request with the given strategy.</summary>
    private sealed class Supervisor : ReceiveActor
    {
        private readonly SupervisorStrategy _strategy;

        public Supervisor(SupervisorStrategy strategy)
        {
            _strategy = strategy;
            Receive<Props>(p => Sender.Tell(Context.ActorOf(p), Self));
            Receive<(Props Props, string Name)>(p => Sender.Tell(Context.ActorOf(p.Props, p.Name), Self));
            Receive<Exception>(e => throw e);
        }

        protected override SupervisorStrategy SupervisorStrategy() => _strategy;
    }

    private IActorRef Spawn(IActorRef supervisor, Props props)
    {
        supervisor.Tell(props);
        return ExpectMsg<IActorRef>();
    }

    private int State(IActorRef actor)
    {
        actor.Tell("state");
        return ExpectMsg<int>();
    }

    [Fact]
    public void Directive_Resume_KeepsStateAndContinues()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Resume))));
        var child = Spawn(supervisor, Props.Create(() => new Counter(null)));
        child.Tell(1);
        child.Tell(new InvalidOperationException("x"));
        child.Tell(2);
        Assert.Equal(2, State(child));
    }

    [Fact]
    public void Directive_Restart_ResetsState()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Restart))));
        var child = Spawn(supervisor, Props.Create(() => new Counter(null)));
        child.Tell(1);
        child.Tell(new InvalidOperationException("x"));
        child.Tell(2);
        Assert.Equal(1, State(child));
    }

    [Fact]
    public void Directive_Stop_StopsChild()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Stop))));
        var child = Spawn(supervisor, Props.Create(() => new Counter(null)));
        Watch(child);
        child.Tell(new InvalidOperationException("x"));
        ExpectTerminated(child);
    }

    [Fact]
    public void Directive_Escalate_FailsSupervisorWhichItsParentRestarts()
    {
        var probe = CreateTestProbe();
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(_ => Directive.Escalate))));
        var child = Spawn(supervisor, Props.Create(() => new Counter(probe.Ref)));
        probe.ExpectMsg("started");
        Watch(child);
        Watch(supervisor);
        child.Tell(new InvalidOperationException("escalated"));

        // The user guardian restarts the supervisor; its default PreRestart stops the child.
        ExpectTerminated(child);
        supervisor.Tell(Props.Create(() => new Counter(null)));
        ExpectMsg<IActorRef>();
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void DefaultDecider_ActorInitializationException_Stops()
    {
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider.Decide(new ActorInitializationException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider.Decide(new PostRestartException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider.Decide(new ActorKilledException("x")));
        Assert.Equal(Directive.Stop, SupervisorStrategy.DefaultDecider.Decide(new DeathPactException("x")));
        Assert.Equal(Directive.Restart, SupervisorStrategy.DefaultDecider.Decide(new InvalidOperationException()));
    }

    private sealed class FailingCtor : ReceiveActor
    {
        public FailingCtor() => throw new InvalidOperationException("ctor");
    }

    private sealed class FailingPreStart : ReceiveActor
    {
        protected override void PreStart() => throw new InvalidOperationException("preStart");
    }

    [Fact]
    public void Failure_InConstructor_BecomesActorInitializationExceptionAndStops()
    {
        var actor = Sys.ActorOf(Props.Create<FailingCtor>());
        Watch(actor);
        ExpectTerminated(actor);
    }

    [Fact]
    public void Failure_InPreStart_ReportedAsActorInitializationException()
    {
        var decisions = CreateTestProbe();
        var strategy = new OneForOneStrategy(e =>
        {
            decisions.Ref.Tell(e.GetType().Name + ":" + e.InnerException?.Message, ActorRefs.NoSender);
            return Directive.Stop;
        });
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(strategy)));
        var child = Spawn(supervisor, Props.Create<FailingPreStart>());
        decisions.ExpectMsg("ActorInitializationException:preStart");
        Watch(child);
        ExpectTerminated(child);
    }

    [Fact]
    public void Kill_DefaultDecider_StopsActor()
    {
        var actor = Sys.ActorOf(Props.Create(() => new Counter(null)));
        Watch(actor);
        actor.Tell(Kill.Instance);
        ExpectTerminated(actor);
    }

    [Fact]
    public void TopLevelActor_Failure_IsRestartedByUserGuardian()
    {
        var probe = CreateTestProbe();
        var actor = Sys.ActorOf(Props.Create(() => new Counter(probe.Ref)));
        probe.ExpectMsg("started");
        actor.Tell(1);
        actor.Tell(new InvalidOperationException("x"));
        probe.ExpectMsg("started");
        Assert.Equal(0, State(actor));
    }

    [Fact]
    public void RetryLimit_Exceeded_StopsChild()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new OneForOneStrategy(2, TimeSpan.Zero, _ => Directive.Restart))));
        var probe = CreateTestProbe();
        var child = Spawn(supervisor, Props.Create(() => new Counter(probe.Ref)));
        probe.ExpectMsg("started");
        Watch(child);
        child.Tell(new InvalidOperationException("1"));
        probe.ExpectMsg("started");
        child.Tell(new InvalidOperationException("2"));
        probe.ExpectMsg("started");
        child.Tell(new InvalidOperationException("3"));
        ExpectTerminated(child);
    }

    [Fact]
    public void AllForOne_Restart_RestartsAllChildren()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => Directive.Restart))));
        var a = Spawn(supervisor, Props.Create(() => new Counter(null)));
        var b = Spawn(supervisor, Props.Create(() => new Counter(null)));
        a.Tell(1);
        b.Tell(1);
        b.Tell(1);
        Assert.Equal(2, State(b));
        a.Tell(new InvalidOperationException("x"));
        AwaitAssert(() => Assert.Equal(0, State(b)));
        Assert.Equal(0, State(a));
    }

    [Fact]
    public void AllForOne_Stop_StopsAllChildren()
    {
        var supervisor = Sys.ActorOf(Props.Create(() => new Supervisor(new AllForOneStrategy(_ => Directive.Stop))));
        var a = Spawn(supervisor, Props.Create(() => new Counter(null)));
        var b = Spawn(supervisor, Props.Create(() => new Counter(null)));
        Watch(a);
        Watch(b);
        a.Tell(new InvalidOperationException("x"));
        var first = ExpectMsg<Terminated>();
        var second = ExpectMsg<Terminated>();
        Assert.Equal(new HashSet<IActorRef> { a, b }, new HashSet<IActorRef> { first.ActorRef, second.ActorRef });
    }

    [Fact]
    public void GuardianStrategy_Stopping_FromConfig_StopsFailingTopLevelActor()
    {
        using var kit = new ActorChat.TestKit.TestKit("actorchat.actor.guardian-supervisor-strategy = stopping");
        var actor = kit.Sys.ActorOf(Props.Create(() => new Counter(null)));
        kit.Watch(actor);
        actor.Tell(new InvalidOperationException("x"), kit.TestActor);
        kit.ExpectTerminated(actor);
    }

    [Fact]
    public void Decider_From_FirstMatchingTypeWins()
    {
        var decider = Decider.From(Directive.Escalate, Directive.Stop.When<ArgumentException>(), Directive.Resume.When<Exception>());
        Assert.Equal(Directive.Stop, decider.Decide(new ArgumentNullException()));
        Assert.Equal(Directive.Resume, decider.Decide(new InvalidOperationException()));
    }

    private sealed class DeathPactParent : ReceiveActor
    {
        public DeathPactParent() => Receive<string>(_ => Context.Watch(Context.ActorOf(Props.Create(() => new Counter(null)), "c")).Tell(PoisonPill.Instance));
    }

    [Fact]
    public void UnhandledTerminated_ThrowsDeathPact_AndDefaultDeciderStops()
    {
        var actor = Sys.ActorOf(Props.Create<DeathPactParent>());
        Watch(actor);
        actor.Tell("go");
        ExpectTerminated(actor);
    }

    [Fact]
    public void ChildName_ReservedUntilTerminationProcessed_ThrowsInvalidActorName()
    {
        var actor = Sys.ActorOf(Props.Create<NameReuser>());
        actor.Tell("go");
        ExpectMsg("InvalidActorNameException");
        ExpectMsg("created-again");
    }

    private sealed class NameReuser : ReceiveActor
    {
        public NameReuser()
        {
            Receive<string>(s => s == "go", _ =>
            {
                var child = Context.ActorOf(Props.Create(() => new Counter(null)), "same");
                Context.Watch(child);
                Context.Stop(child);
                try
                {
                    Context.ActorOf(Props.Create(() => new Counter(null)), "same");
                    Sender.Tell("no exception", Self);
                }
                catch (InvalidActorNameException)
                {
                    Sender.Tell("InvalidActorNameException", Self);
                }

                var requester = Sender;
                Become(m =>
                {
                    if (m is Terminated)
                    {
                        Context.ActorOf(Props.Create(() => new Counter(null)), "same");
                        requester.Tell("created-again", Self);
                    }

                    return true;
                });
            });
        }
    }
}
