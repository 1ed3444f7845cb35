using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Tests.Report;

public sealed class ReadmeSectionTests
{
    [Fact]
    public void Replace_Markers_OnlyTextBetweenThemChanges()
    {
        var readme = "# Bench\n\nintro\n\n## Chat server: ActorChat vs ngircd\n\nhand-written\n\n<!-- peers:begin -->\nold table\nold line\n<!-- peers:end -->\n\nafter\n";

        var (text, error) = ReadmeSection.Replace(readme, "| new |\n");

        Assert.Null(error);
        Assert.Equal("# Bench\n\nintro\n\n## Chat server: ActorChat vs ngircd\n\nhand-written\n\n<!-- peers:begin -->\n| new |\n<!-- peers:end -->\n\nafter\n", text);
    }

    [Fact]
    public void Replace_NoMarkers_NewSectionAppended()
    {
        var (text, error) = ReadmeSection.Replace("# Bench\n\nintro\n", "| t |");

        Assert.Null(error);
        Assert.Equal("# Bench\n\nintro\n\n## Chat server: ActorChat vs ngircd\n\n<!-- peers:begin -->\n| t |\n<!-- peers:end -->\n", text);
    }

    [Fact]
    public void Replace_Twice_Idempotent()
    {
        var once = ReadmeSection.Replace("# Bench\n", "| a |").Text!;

        var twice = ReadmeSection.Replace(once, "| a |").Text;

        Assert.Equal(once, twice);
    }

    [Theory]
    [InlineData("x\n<!-- peers:begin -->\ny\n")]
    [InlineData("x\n<!-- peers:end -->\ny\n")]
    [InlineData("<!-- peers:end -->\n<!-- peers:begin -->\n")]
    [InlineData("<!-- peers:begin -->\n<!-- peers:begin -->\n<!-- peers:end -->\n")]
    public void Replace_BrokenMarkers_Error(string readme)
    {
        var (text, error) = ReadmeSection.Replace(readme, "| t |");

        Assert.Null(text);
        Assert.NotNull(error);
    }
}
