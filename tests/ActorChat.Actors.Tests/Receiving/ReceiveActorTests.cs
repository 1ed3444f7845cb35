using ActorChat.Actors.Events;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Receiving;

public sealed class ReceiveActorTests : ActorChat.TestKit.TestKit
{
    private sealed class Ordered : ReceiveActor
    {
        public Ordered()
        {
            Receive<string>(s => s.StartsWith('a'), s => Sender.Tell("first:" + s, Self));
            Receive<string>(s => Sender.Tell("second:" + s, Self));
            Receive<int>(i => i > 10 && Reply("func:" + i));
            Receive<int>(i => Sender.Tell("int:" + i, Self));
        }

        private bool Reply(string text)
        {
            Sender.Tell(text, Self);
            return true;
        }
    }

    [Fact]
    public void Handlers_TriedInRegistrationOrder_WithPredicatesAndFuncForm()
    {
        var actor = Sys.ActorOf(Props.Create<Ordered>());
        actor.Tell("abc");
        ExpectMsg("first:abc");
        actor.Tell("xyz");
        ExpectMsg("second:xyz");
        actor.Tell(11);
        ExpectMsg("func:11");
        actor.Tell(3);
        ExpectMsg("int:3");
    }

    private sealed class AfterCatchAll : ReceiveActor
    {
        public AfterCatchAll(IActorRef probe)
        {
            ReceiveAny(_ => { });
            try
            {
                Receive<string>(_ => { });
                probe.Tell("no exception", ActorRefs.NoSender);
            }
            catch (InvalidOperationException)
            {
                probe.Tell("InvalidOperationException", ActorRefs.NoSender);
            }
        }
    }

    [Fact]
    public void Receive_AfterCatchAll_ThrowsInvalidOperationException()
    {
        Sys.ActorOf(Props.Create(() => new AfterCatchAll(TestActor)));
        ExpectMsg("InvalidOperationException");
    }

    private sealed class LateRegistration : ReceiveActor
    {
        public LateRegistration() => Receive<string>(_ =>
        {
            try
            {
                Receive<int>(_ => { });
                Sender.Tell("no exception", Self);
            }
            catch (InvalidOperationException)
            {
                Sender.Tell("InvalidOperationException", Self);
            }
        });
    }

    [Fact]
    public void Receive_OutsideConstructorOrBecome_ThrowsInvalidOperationException()
    {
        var actor = Sys.ActorOf(Props.Create<LateRegistration>());
        actor.Tell("go");
        ExpectMsg("InvalidOperationException");
    }

    private sealed class Switcher : ReceiveActor
    {
        public Switcher()
        {
            Receive<string>(s => s == "become", _ => Become(() => Receive<string>(s => Sender.Tell("B:" + s, Self))));
            Receive<string>(s => s == "push", _ => BecomeStacked(() =>
            {
                Receive<string>(s => s == "pop", _ => UnbecomeStacked());
                Receive<string>(s => Sender.Tell("P:" + s, Self));
            }));
            Receive<string>(s => Sender.Tell("A:" + s, Self));
        }
    }

    [Fact]
    public void BecomeStack_PushPopAndNeverBelowInitial()
    {
        var actor = Sys.ActorOf(Props.Create<Switcher>());
        actor.Tell("x");
        ExpectMsg("A:x");
        actor.Tell("push");
        actor.Tell("x");
        ExpectMsg("P:x");
        actor.Tell("pop");
        actor.Tell("x");
        ExpectMsg("A:x");

        // Popping more than pushed stays on the initial behaviour.
        actor.Tell("push");
        actor.Tell("pop");
        actor.Tell("pop");
        ExpectMsg("A:pop");
        actor.Tell("x");
        ExpectMsg("A:x");
    }

    [Fact]
    public void Become_ReplacesTop_AndRestartResetsToInitial()
    {
        var actor = Sys.ActorOf(Props.Create<Switcher>());
        actor.Tell("become");
        actor.Tell("x");
        ExpectMsg("B:x");
        actor.Tell(Kill.Instance);
        Watch(actor);
        ExpectTerminated(actor);
    }

    private sealed class Unhandler : ReceiveActor
    {
        public Unhandler() => Receive<int>(_ => { });
    }

    [Fact]
    public void Unhandled_Message_PublishedAsUnhandledMessage()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(UnhandledMessage));
        var actor = Sys.ActorOf(Props.Create<Unhandler>());
        actor.Tell("nobody handles me");
        var unhandled = ExpectMsg<UnhandledMessage>();
        Assert.Equal("nobody handles me", unhandled.Message);
        Assert.Equal(actor, unhandled.Recipient);
    }

    private sealed class AsyncActor : ReceiveActor
    {
        public AsyncActor(TaskCompletionSource gate)
        {
            ReceiveAsync<string>(s => s == "slow", async _ =>
            {
                var sender = Sender;
                await gate.Task;

                // Continuations re-enter the actor context: Sender and Context work after await.
                Sender.Tell("slow done, same sender: " + (sender == Sender), Self);
                Context.Self.Tell("self-check", Sender);
            });
            ReceiveAsync<string>(s => s == "throw", async _ =>
            {
                await Task.Yield();
                throw new InvalidOperationException("async failure");
            });
            Receive<string>(s => Sender.Tell(s, Self));
        }
    }

    [Fact]
    public void ReceiveAsync_SuspendsMailboxUntilTaskCompletes()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new AsyncActor(gate)));
        actor.Tell("slow");
        actor.Tell("next");
        ExpectNoMsg(TimeSpan.FromMilliseconds(200));
        gate.SetResult();
        ExpectMsg("slow done, same sender: True");
        ExpectMsg("next");
        ExpectMsg("self-check");
    }

    [Fact]
    public void ReceiveAsync_FaultedTask_IsActorFailure()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var actor = Sys.ActorOf(Props.Create(() => new AsyncActor(gate)));
        Sys.EventStream.Subscribe(TestActor, typeof(DeadLetter));
        actor.Tell("throw");

        // The user guardian restarts it (default strategy): it keeps answering afterwards.
        actor.Tell("still alive");
        ExpectMsg("still alive");
    }
}
