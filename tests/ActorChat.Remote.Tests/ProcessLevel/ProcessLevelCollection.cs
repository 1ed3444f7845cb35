namespace ActorChat.Remote.Tests.ProcessLevel;

/// <summary>Process-level tests run alone, not next to real-time failure-detector tests.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessLevelCollection
{
    public const string Name = "process-level";
}
