namespace ActorChat.TestKit.Internal;

/// <summary>Asks the TestActor to watch (or unwatch) a ref and complete <paramref name="Done"/> once it did.</summary>
internal sealed record WatchRequest(ActorChat.Actors.IActorRef Subject, bool Watch, TaskCompletionSource Done);
