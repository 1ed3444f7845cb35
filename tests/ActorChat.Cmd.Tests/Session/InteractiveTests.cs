using ActorChat.Cmd.Cli;
using ActorChat.Cmd.Session;

namespace ActorChat.Cmd.Tests.Session;

public sealed class InteractiveTests
{
    private const string Prompt = "[127.0.0.1:9110] actorchat> ";

    private readonly List<string> _ran = [];

    [Fact]
    public async Task Greets_ShowsPrompt_RunsCommands_ExitEndsWith0()
    {
        var console = new ScriptedConsole().Type("node info\nchat who\nexit\nnode info\n");

        var code = await RunAsync(console);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["node info", "chat who"], _ran);
        Assert.StartsWith("connected to node1 at 127.0.0.1:9110; commands downloaded from the node, type 'help' to see them\n" + Prompt, console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EndOfInput_Exits0()
    {
        var console = new ScriptedConsole().Type("node info\n");

        Assert.Equal(ExitCodes.Ok, await RunAsync(console));
        Assert.Equal(["node info"], _ran);
    }

    [Fact]
    public async Task Help_ListsCatalogue_WithoutCallingTheNode()
    {
        var console = new ScriptedConsole().Type("help\nhelp chat kick\n");

        await RunAsync(console);

        Assert.Empty(_ran);
        Assert.Contains("node shutdown", console.Output, StringComparison.Ordinal);
        Assert.Contains("chat kick: kick description (asks for confirmation; --yes skips)", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PaletteAlone_ListsItsCommands_NotAnError()
    {
        var console = new ScriptedConsole().Type("node\n");

        await RunAsync(console);

        Assert.Empty(_ran);
        var listing = console.Output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, listing.Count);
        Assert.All(listing, l => Assert.StartsWith("  node ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task BlankLines_AreSkipped()
    {
        var console = new ScriptedConsole().Type("\n   \nchat   who\n");

        await RunAsync(console);

        Assert.Equal(["chat who"], _ran);
    }

    [Fact]
    public async Task CommandError_StaysAtPrompt()
    {
        var console = new ScriptedConsole().Type("chat kick\nchat who\n");

        var code = await RunAsync(console, words => words[1] == "kick" ? ExitCodes.CommandError : ExitCodes.Ok);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["chat kick", "chat who"], _ran);
    }

    [Fact]
    public async Task ConnectionLost_SaysSoAndExits2()
    {
        var console = new ScriptedConsole().Type("chat tail\nchat who\n");

        var code = await RunAsync(console, _ => ExitCodes.CannotConnect);

        Assert.Equal(ExitCodes.CannotConnect, code);
        Assert.Equal(["chat tail"], _ran);
        Assert.EndsWith("connection to host terminated.\n", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TabAtPrompt_CompletesFromCatalogue()
    {
        var console = new ScriptedConsole().Type("no\tin\t\n");

        await RunAsync(console);

        Assert.Equal(["node info"], _ran);
    }

    [Fact]
    public async Task Redirected_ReadsLineByLine()
    {
        var console = new ScriptedConsole(redirected: true).Line("node info").Line("help").Line("chat who");

        var code = await RunAsync(console);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal(["node info", "chat who"], _ran);
    }

    private Task<int> RunAsync(ScriptedConsole console, Func<IReadOnlyList<string>, int>? result = null) =>
        Interactive.RunAsync(console, TestCatalogue.Create(), "127.0.0.1:9110", words =>
        {
            _ran.Add(string.Join(' ', words));
            return Task.FromResult(result?.Invoke(words) ?? ExitCodes.Ok);
        });
}
