using ActorChat.Cmd.Session;

namespace ActorChat.Cmd.Tests.Session;

public sealed class CompletionTests
{
    private readonly Cmd.Catalogue.CommandCatalogue _catalogue = TestCatalogue.Create();

    [Theory]
    [InlineData("", "chat,exit,help,log,node")]
    [InlineData("c", "chat")]
    [InlineData("no", "node")]
    [InlineData("node ", "config,info,shutdown")]
    [InlineData("node  ", "config,info,shutdown")]
    [InlineData("node s", "shutdown")]
    [InlineData("chat send ", "-m,-t")]
    [InlineData("chat send -t ", "")]
    [InlineData("chat send -t bob ", "-m")]
    [InlineData("log peek -l ", "debug,error,info,warning")]
    [InlineData("log peek -l w", "warning")]
    [InlineData("log peek -l warning ", "-c")]
    [InlineData("nope ", "")]
    [InlineData("nope x ", "")]
    [InlineData("node info ", "")]
    public void Candidates_FromCatalogue(string line, string expected)
    {
        var candidates = Completion.Candidates(_catalogue, line);

        Assert.Equal(expected, string.Join(',', candidates));
    }
}
