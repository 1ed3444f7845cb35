using ActorChat.Cmd.Session;

namespace ActorChat.Cmd.Tests.Session;

public sealed class LineEditorTests
{
    private const string Prompt = "[127.0.0.1:9110] actorchat> ";

    [Fact]
    public void Enter_ReturnsTypedLine_EchoesItAfterThePrompt()
    {
        var console = new ScriptedConsole().Type("node info\n");
        var editor = new LineEditor(console, _ => []);

        Assert.Equal("node info", editor.ReadLine(Prompt));
        Assert.Equal(Prompt + "node info\n", console.Output);
    }

    [Fact]
    public void Backspace_RemovesLastCharacter_AndIgnoredOnEmptyLine()
    {
        var console = new ScriptedConsole().Type("\bnodx\be info\n");
        var editor = new LineEditor(console, _ => []);

        Assert.Equal("node info", editor.ReadLine(Prompt));
        Assert.Contains("x\b \be", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void CtrlD_OnEmptyLine_EndsInput()
    {
        var console = new ScriptedConsole().Press(ConsoleKey.D, ConsoleModifiers.Control);
        var editor = new LineEditor(console, _ => []);

        Assert.Null(editor.ReadLine(Prompt));
    }

    [Fact]
    public void CtrlD_WithText_IsIgnored()
    {
        var console = new ScriptedConsole().Type("ab").Press(ConsoleKey.D, ConsoleModifiers.Control).Type("c\n");
        var editor = new LineEditor(console, _ => []);

        Assert.Equal("abc", editor.ReadLine(Prompt));
    }

    [Fact]
    public void Tab_UniqueCandidate_CompletesWordAndAddsSpace()
    {
        var console = new ScriptedConsole().Type("node in\t\n");
        var editor = new LineEditor(console, line => line == "node in" ? ["info"] : []);

        Assert.Equal("node info ", editor.ReadLine(Prompt));
        Assert.EndsWith("\r" + Prompt + "node info \n", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_SeveralCandidates_ListsThemAndRedrawsPromptWithCommonPrefix()
    {
        var console = new ScriptedConsole().Type("c\t\n");
        var editor = new LineEditor(console, line => line == "c" ? ["chat", "cluster"] : []);

        Assert.Equal("c", editor.ReadLine(Prompt));
        Assert.Contains("\nchat  cluster\n" + Prompt + "c\n", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Tab_CandidatesShareLongerPrefix_ExtendsLine()
    {
        var console = new ScriptedConsole().Type("log t\t\n");
        var editor = new LineEditor(console, _ => ["tail", "tally"]);

        Assert.Equal("log ta", editor.ReadLine(Prompt));
    }

    [Fact]
    public void Tab_NoCandidate_ChangesNothing()
    {
        var console = new ScriptedConsole().Type("zz\t\n");
        var editor = new LineEditor(console, _ => []);

        Assert.Equal("zz", editor.ReadLine(Prompt));
        Assert.Equal(Prompt + "zz\n", console.Output);
    }

    [Fact]
    public void UpDown_WalkHistory_NewestFirst_DownPastEndClears()
    {
        var console = new ScriptedConsole()
            .Type("node info\n")
            .Type("chat who\n")
            .Press(ConsoleKey.UpArrow).Press(ConsoleKey.UpArrow).Type("\n")
            .Press(ConsoleKey.UpArrow).Press(ConsoleKey.DownArrow).Type("x\n");
        var editor = new LineEditor(console, _ => []);

        Assert.Equal("node info", editor.ReadLine(Prompt));
        Assert.Equal("chat who", editor.ReadLine(Prompt));
        Assert.Equal("node info", editor.ReadLine(Prompt));
        Assert.Equal("x", editor.ReadLine(Prompt));
    }

    [Fact]
    public void UpArrow_AtOldestEntry_StaysThere()
    {
        var console = new ScriptedConsole()
            .Type("node info\n")
            .Press(ConsoleKey.UpArrow).Press(ConsoleKey.UpArrow).Press(ConsoleKey.UpArrow).Type("\n");
        var editor = new LineEditor(console, _ => []);

        editor.ReadLine(Prompt);

        Assert.Equal("node info", editor.ReadLine(Prompt));
    }

    [Fact]
    public void History_SkipsBlankAndRepeatedLines_StoresTrimmed()
    {
        var console = new ScriptedConsole().Type("chat who \n\n   \nchat who\nnode info\n");
        var editor = new LineEditor(console, _ => []);

        for (var i = 0; i < 5; i++)
        {
            editor.ReadLine(Prompt);
        }

        Assert.Equal(["chat who", "node info"], editor.History);
    }

    [Fact]
    public void ReplaceWithShorterHistoryEntry_BlanksTheOldText()
    {
        var console = new ScriptedConsole().Type("a\n").Type("abcdef").Press(ConsoleKey.UpArrow).Type("\n");
        var editor = new LineEditor(console, _ => []);

        editor.ReadLine(Prompt);

        Assert.Equal("a", editor.ReadLine(Prompt));
        Assert.Contains("\r" + Prompt + "      \r" + Prompt + "a", console.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirected_ReadsWholeLines_NoKeysNoPrompt()
    {
        var console = new ScriptedConsole(redirected: true).Line("node info").Line("chat who");
        var editor = new LineEditor(console, _ => throw new InvalidOperationException("no completion without a terminal"));

        Assert.Equal("node info", editor.ReadLine(Prompt));
        Assert.Equal("chat who", editor.ReadLine(Prompt));
        Assert.Null(editor.ReadLine(Prompt));
        Assert.Equal(["node info", "chat who"], editor.History);
        Assert.Equal(string.Empty, console.Output);
    }
}
