using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>A finished run: its JSON result and the process exit code (0 ok, 2 cannot connect or log in, 3 incomplete).</summary>
internal sealed record RunOutcome(RunResult Result, int ExitCode)
{
    public const int Ok = 0;
    public const int BadArguments = 1;
    public const int CannotConnect = 2;
    public const int Incomplete = 3;
}
