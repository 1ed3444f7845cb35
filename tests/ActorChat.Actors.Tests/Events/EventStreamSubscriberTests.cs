using ActorChat.Actors.Events;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Events;

public sealed class EventStreamSubscriberTests : ActorChat.TestKit.TestKit
{
    private sealed record Note(int N);

    [Fact]
    public void Subscriber_Stops_IsRemovedWithoutAnyPublish()
    {
        var before = Sys.EventStream.SubscriptionCount;
        var subscriber = Sys.ActorOf(Props.Create<Echo>());
        Sys.EventStream.Subscribe(subscriber, typeof(Note));
        Sys.EventStream.Subscribe(subscriber, typeof(string));
        Assert.Equal(before + 2, Sys.EventStream.SubscriptionCount);
        Watch(subscriber);
        Sys.Stop(subscriber);
        ExpectTerminated(subscriber);
        AwaitAssert(() => Assert.Equal(before, Sys.EventStream.SubscriptionCount));
    }

    [Fact]
    public void Subscriber_AlreadyDeadWhenSubscribed_IsRemoved()
    {
        var before = Sys.EventStream.SubscriptionCount;
        var subscriber = Sys.ActorOf(Props.Create<Echo>());
        Watch(subscriber);
        Sys.Stop(subscriber);
        ExpectTerminated(subscriber);
        Sys.EventStream.Subscribe(subscriber, typeof(Note));
        AwaitAssert(() => Assert.Equal(before, Sys.EventStream.SubscriptionCount));
    }

    [Fact]
    public void Unsubscribe_Ref_RemovesEveryChannel()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(Note));
        Sys.EventStream.Subscribe(TestActor, typeof(string));
        Assert.True(Sys.EventStream.Unsubscribe(TestActor));
        Assert.False(Sys.EventStream.Unsubscribe(TestActor));
        Sys.EventStream.Publish(new Note(1));
        Sys.EventStream.Publish("text");
        ExpectNoMsg(TimeSpan.FromMilliseconds(100));
    }

    [Fact]
    public void Subscribe_AllDeadLetters_ReceivesEveryKind()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(AllDeadLetters));
        Sys.EventStream.Publish(new DeadLetter(1, TestActor, TestActor));
        Sys.EventStream.Publish(new SuppressedDeadLetter(2, TestActor, TestActor));
        Sys.EventStream.Publish(new Dropped(3, "why", TestActor, TestActor));
        Sys.EventStream.Publish(new UnhandledMessage(4, TestActor, TestActor));
        Assert.Equal(1, ExpectMsg<DeadLetter>().Message);
        Assert.Equal(2, ExpectMsg<SuppressedDeadLetter>().Message);
        Assert.Equal("why", ExpectMsg<Dropped>().Reason);
        Assert.Equal(4, ExpectMsg<UnhandledMessage>().Message);
    }

    private sealed class OnlyStrings : ReceiveActor
    {
        public OnlyStrings() => Receive<string>(_ => { });
    }

    [Fact]
    public void UnhandledMessage_IsPublishedWithSenderAndRecipient()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(UnhandledMessage));
        var actor = Sys.ActorOf(Props.Create<OnlyStrings>());
        actor.Tell(42);
        var unhandled = ExpectMsg<UnhandledMessage>();
        Assert.Equal(42, unhandled.Message);
        Assert.Equal(actor, unhandled.Recipient);
        Assert.Equal(TestActor, unhandled.Sender);
    }
}
