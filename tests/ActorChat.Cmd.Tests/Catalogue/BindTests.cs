using ActorChat.Cmd.Catalogue;

namespace ActorChat.Cmd.Tests.Catalogue;

public sealed class BindTests
{
    private readonly CommandCatalogue _catalogue = TestCatalogue.Create();

    [Fact]
    public void NoArguments_EmptyParams()
    {
        var (parameters, error) = CommandCatalogue.Bind(_catalogue.Find("node", "info")!, []);

        Assert.Null(error);
        Assert.Empty(parameters!);
    }

    [Fact]
    public void ShortAndLongSwitches_BindByArgumentName()
    {
        var (parameters, _) = CommandCatalogue.Bind(_catalogue.Find("log", "peek")!, ["-c", "5", "--level", "warning"]);

        Assert.Equal(5, parameters!["count"]);
        Assert.Equal("warning", parameters["level"]);
    }

    [Fact]
    public void List_SplitsCommasAndRepeats()
    {
        var (parameters, _) = CommandCatalogue.Bind(_catalogue.Find("chat", "send")!, ["-t", "alice, bob", "-m", "hi there", "--to", "carol"]);

        Assert.Equal(["alice", "bob", "carol"], (List<string>)parameters!["to"]!);
        Assert.Equal("hi there", parameters["message"]);
    }

    [Fact]
    public void UnknownSwitch_ErrorNamesItAndTheHelp()
    {
        var (parameters, error) = CommandCatalogue.Bind(_catalogue.Find("chat", "who")!, ["-x", "1"]);

        Assert.Null(parameters);
        Assert.Equal("unknown argument \"-x\" for chat who (see: help chat who)", error);
    }

    [Fact]
    public void SwitchWithoutValue_Error()
    {
        var (_, error) = CommandCatalogue.Bind(_catalogue.Find("log", "peek")!, ["-c"]);

        Assert.Equal("-c needs a value", error);
    }

    [Fact]
    public void IntNotANumber_Error()
    {
        var (_, error) = CommandCatalogue.Bind(_catalogue.Find("log", "peek")!, ["-c", "many"]);

        Assert.Equal("-c expects an integer, got \"many\"", error);
    }

    [Fact]
    public void MissingMandatory_ErrorNamesTheSwitch()
    {
        var (_, error) = CommandCatalogue.Bind(_catalogue.Find("chat", "send")!, ["-t", "bob"]);

        Assert.Equal("chat send needs -m (the text)", error);
    }
}
