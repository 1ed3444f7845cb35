using ActorChat.Actors.Events;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Events;

public sealed class EventStreamTests : ActorChat.TestKit.TestKit
{
    private record Base(int N);

    private sealed record Derived(int N) : Base(N);

    [Fact]
    public void Subscribe_ToBaseType_ReceivesSubtypes()
    {
        Assert.True(Sys.EventStream.Subscribe(TestActor, typeof(Base)));
        Assert.False(Sys.EventStream.Subscribe(TestActor, typeof(Base)));
        Sys.EventStream.Publish(new Derived(1));
        ExpectMsg<Derived>();
        Sys.EventStream.Publish("not a Base");
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void Unsubscribe_StopsDelivery()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(Base));
        Assert.True(Sys.EventStream.Unsubscribe(TestActor, typeof(Base)));
        Sys.EventStream.Publish(new Base(1));
        ExpectNoMsg(TimeSpan.FromMilliseconds(50));
    }

    [Fact]
    public void TellToStoppedActor_PublishesDeadLetterWithRecipient()
    {
        var actor = Sys.ActorOf(Props.Create<Echo>());
        Watch(actor);
        Sys.Stop(actor);
        ExpectTerminated(actor);
        Sys.EventStream.Subscribe(TestActor, typeof(AllDeadLetters));
        actor.Tell("late");
        var letter = ExpectMsg<DeadLetter>();
        Assert.Equal("late", letter.Message);
        Assert.Equal(actor, letter.Recipient);
        Assert.Equal(TestActor, letter.Sender);
    }

    private sealed record Quiet : IDeadLetterSuppression;

    [Fact]
    public void DeadLetter_WithSuppression_PublishedAsSuppressedDeadLetter()
    {
        Sys.EventStream.Subscribe(TestActor, typeof(AllDeadLetters));
        Sys.DeadLetters.Tell(new Quiet());
        ExpectMsg<SuppressedDeadLetter>();
    }
}
