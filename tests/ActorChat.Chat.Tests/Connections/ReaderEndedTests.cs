using ActorChat.Actors.Events;
using ActorChat.Chat.Connections;

namespace ActorChat.Chat.Tests.Connections;

/// <summary>A reader's last message reaching a connection that already stopped is expected, not a dead letter to log.</summary>
public sealed class ReaderEndedTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public void ReaderEnded_ToStoppedConnection_PublishedSuppressedNotAsDeadLetter()
    {
        var letters = CreateTestProbe();
        Sys.EventStream.Subscribe(letters.Ref, typeof(AllDeadLetters));
        var connection = Sys.ActorOf(Props.Create(() => new Nothing()));
        Watch(connection);
        Sys.Stop(connection);
        ExpectTerminated(connection);

        connection.Tell(new ReaderEnded(ReaderEndReason.Stopped, null));

        var letter = letters.ExpectMsg<AllDeadLetters>();
        Assert.IsType<SuppressedDeadLetter>(letter);
        Assert.IsType<ReaderEnded>(letter.Message);
    }

    private sealed class Nothing : ReceiveActor;
}
