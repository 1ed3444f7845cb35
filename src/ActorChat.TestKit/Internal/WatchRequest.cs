namespace ActorChat.TestKit.Internal;

/// <summary>Asks the TestActor to watch (or unwatch) a ref and signal once it did.</summary>
internal sealed record WatchRequest(ActorChat.Actors.IActorRef Subject, bool Watch, ManualResetEventSlim Done);
