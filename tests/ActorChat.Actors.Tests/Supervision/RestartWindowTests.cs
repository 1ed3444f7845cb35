using ActorChat.Actors.Supervision;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Supervision;

public sealed class RestartWindowTests : ActorChat.TestKit.TestKit
{
    private static readonly ManualTimeProvider Time = new();

    public RestartWindowTests()
        : base(new ActorSystemSetup { TimeProvider = Time })
    {
    }

    private sealed class Failer : ReceiveActor
    {
        public Failer(IActorRef probe)
        {
            probe.Tell("started", ActorRefs.NoSender);
            Receive<string>(_ => throw new InvalidOperationException("fail"));
        }
    }

    private sealed class Parent : ReceiveActor
    {
        public Parent(IActorRef probe)
        {
            var child = Context.ActorOf(Props.Create(() => new Failer(probe)), "child");
            Receive<string>(m => child.Forward(m));
            Receive<bool>(_ => Sender.Tell(child, Self));
        }

        protected override SupervisorStrategy SupervisorStrategy() =>
            new OneForOneStrategy(1, TimeSpan.FromSeconds(10), _ => Directive.Restart);
    }

    [Fact]
    public void RestartWindow_ElapsedOnVirtualClock_AllowsRestartAgain()
    {
        var probe = CreateTestProbe();
        var parent = Sys.ActorOf(Props.Create(() => new Parent(probe.Ref)));
        probe.ExpectMsg("started");
        parent.Tell(true);
        var child = ExpectMsg<IActorRef>();
        Watch(child);

        parent.Tell("fail");
        probe.ExpectMsg("started");

        // Outside the 10 s window the count starts again at 1: restart allowed.
        Time.Advance(TimeSpan.FromSeconds(11));
        parent.Tell("fail");
        probe.ExpectMsg("started");

        // Inside the new window a second failure exceeds maxNrOfRetries = 1: stopped.
        Time.Advance(TimeSpan.FromSeconds(1));
        parent.Tell("fail");
        ExpectTerminated(child);
    }
}
