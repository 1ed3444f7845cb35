using ActorChat.Actors;
using ActorChat.Actors.Supervision;

namespace ActorChat.TestKit.Internal;

/// <summary>Asks the TestActor to create a child (see <see cref="TestKitBase.ChildActorOf(Props, string?, SupervisorStrategy?)"/>).</summary>
internal sealed record SpawnRequest(Props Props, string? Name, SupervisorStrategy? Strategy, TaskCompletionSource<IActorRef> Done);
