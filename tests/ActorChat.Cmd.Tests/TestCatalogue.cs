using ActorChat.Cmd.Catalogue;

namespace ActorChat.Cmd.Tests;

/// <summary>A catalogue shaped like the node's palettes, built without a node.</summary>
internal static class TestCatalogue
{
    public static CommandCatalogue Create() => new("node1",
    [
        Command("node", "info"),
        Command("node", "config", new ArgumentInfo("path", ["-p", "--path"], "string", "config path", false, null, [])),
        Command("node", "shutdown") with { Confirm = true },
        Command("chat", "who"),
        Command("chat", "tail") with { Streaming = true },
        Command("chat", "kick", new ArgumentInfo("user", ["-u", "--user"], "string", "the user", true, null, [])) with { Confirm = true },
        Command(
            "chat",
            "send",
            new ArgumentInfo("to", ["-t", "--to"], "list", "recipients", true, null, []),
            new ArgumentInfo("message", ["-m", "--message"], "string", "the text", true, null, [])),
        Command(
            "log",
            "peek",
            new ArgumentInfo("count", ["-c", "--count"], "int", "how many", false, "20", []),
            new ArgumentInfo("level", ["-l", "--level"], "string", "minimum level", false, null, ["debug", "info", "warning", "error"])),
    ]);

    private static CommandInfo Command(string palette, string name, params ArgumentInfo[] arguments) =>
        new(palette, name, palette + "." + name, name + " description", false, false, arguments);
}
