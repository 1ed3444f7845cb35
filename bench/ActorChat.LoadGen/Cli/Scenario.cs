namespace ActorChat.LoadGen.Cli;

/// <summary>What a run measures (see bench/README.md, "Load generator").</summary>
internal enum Scenario
{
    /// <summary>N idle clients: time to log all in, server RSS per idle client.</summary>
    Connect,

    /// <summary>Each message from a random client to a random other client.</summary>
    Direct,

    /// <summary>Each message from one sender to K recipients.</summary>
    Fanout,

    /// <summary>Clients split over two endpoints; each message goes to the other side.</summary>
    Cross,
}
