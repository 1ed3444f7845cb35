namespace ActorChat.LoadGen.Cli;

/// <summary>The lower-case names used on the command line and in the JSON output.</summary>
internal static class CliNames
{
    public static string Of(Scenario scenario) => scenario.ToString().ToLowerInvariant();

    public static string Of(ProtocolKind protocol) => protocol.ToString().ToLowerInvariant();
}
