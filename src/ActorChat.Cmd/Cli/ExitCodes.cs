namespace ActorChat.Cmd.Cli;

/// <summary>The process exit codes scripts rely on (documented in README "Inspect a node").</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int CommandError = 1;
    public const int CannotConnect = 2;
    public const int Timeout = 3;
}
