namespace ActorChat.Chat.Broker;

/// <summary>A connection asks to own <paramref name="Name"/>. Reply: <see cref="Registered"/> or <see cref="NameTaken"/> to <paramref name="Client"/>.</summary>
internal sealed record Register(string Name, IActorRef Client);

internal sealed record Registered(string Name);

internal sealed record NameTaken(string Name);

/// <summary>A validated chat line: deliver <paramref name="Text"/> to each recipient once.</summary>
internal sealed record Say(string From, IActorRef Sender, IReadOnlyList<string> Recipients, string Text);

/// <summary>Shutdown: replied with <see cref="Drained"/> once every message queued before it was routed.</summary>
internal sealed record Drain
{
    public static Drain Instance { get; } = new();
}

internal sealed record Drained
{
    public static Drained Instance { get; } = new();
}

/// <summary>The broker restarted and lost its map: every logged-in connection registers again.</summary>
internal sealed record ReRegister
{
    public static ReRegister Instance { get; } = new();
}

/// <summary>From a restarted broker to its parent, which relays <see cref="ReRegister"/> to the connections.</summary>
internal sealed record BrokerRestarted
{
    public static BrokerRestarted Instance { get; } = new();
}

/// <summary>Test and stats probe: the registered names.</summary>
internal sealed record GetUsers
{
    public static GetUsers Instance { get; } = new();
}

internal sealed record Users(IReadOnlyCollection<string> Names);

/// <summary>An operator message (management <c>chat.send</c>). Reply: <see cref="OperatorSaid"/>.</summary>
internal sealed record OperatorSay(IReadOnlyList<string> Recipients, string Text);

internal sealed record OperatorSaid(IReadOnlyList<string> Delivered, IReadOnlyList<string> Unknown);

/// <summary>An operator disconnects a user (management <c>chat.kick</c>). Reply: <see cref="KickResult"/>.</summary>
internal sealed record KickUser(string Name);

internal sealed record KickResult(string Name, bool Found);

/// <summary>To a connection: say "error: kicked by operator" and close.</summary>
internal sealed record Kick
{
    public static Kick Instance { get; } = new();
}

/// <summary>
/// <paramref name="Subscriber"/> gets a <see cref="ChatTailEvent"/> for every routed message until it
/// unsubscribes or stops (the broker watches it).
/// </summary>
internal sealed record SubscribeTail(IActorRef Subscriber);

internal sealed record UnsubscribeTail(IActorRef Subscriber);

/// <summary>One routed chat message, as a tail subscriber sees it.</summary>
internal sealed record ChatTailEvent(DateTimeOffset At, string From, IReadOnlyList<string> Recipients, string Text);
