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
