namespace ActorChat.Hosting.Lifetime;

/// <summary>
/// Where the hosted service reports the process exit code when the actor system died on its own:
/// <see cref="Environment.ExitCode"/> by default. Tests register their own instance first, so the
/// test process's exit code is left alone.
/// </summary>
internal sealed class ProcessExitCode
{
    public Action<int> Set { get; init; } = static code => Environment.ExitCode = code;
}
