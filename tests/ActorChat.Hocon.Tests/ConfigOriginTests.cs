using ActorChat.Hocon.Tests.Parsing;

namespace ActorChat.Hocon.Tests;

public sealed class ConfigOriginTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void GetOrigin_ParseStringWithoutName_StringSourceLineAndColumnOfValue()
    {
        var config = ConfigurationFactory.ParseString("a {\n  port = 70000\n}");
        Assert.Equal(new ConfigOrigin("<string>", 2, 10), config.GetOrigin("a.port"));
    }

    [Fact]
    public void GetOrigin_ParseStringWithSourceName_NamesTheSource()
    {
        // As the node parses a --set: the whole assignment on one line, named after the option.
        var config = ConfigurationFactory.ParseString("actorchat.chat.port = 70000", "--set actorchat.chat.port=70000");
        var origin = config.GetOrigin("actorchat.chat.port");
        Assert.Equal(new ConfigOrigin("--set actorchat.chat.port=70000", 1, 23), origin);
        Assert.Equal("--set actorchat.chat.port=70000:1:23", origin!.ToString());
    }

    [Fact]
    public void GetOrigin_ParseFile_FilePathAndLine()
    {
        var file = _dir.Write("app.conf", "# comment\nchat {\n  max-clients = 0\n}\n");
        Assert.Equal(new ConfigOrigin(file, 3, 17), ConfigurationFactory.ParseFile(file).GetOrigin("chat.max-clients"));
    }

    [Fact]
    public void GetOrigin_ValueFromIncludedFile_NamesTheIncludedFile()
    {
        _dir.Write("inc.conf", "\n\nport = 80");
        var main = _dir.Write("main.conf", "svc { include \"inc.conf\" }\nname = x");
        var config = ConfigurationFactory.ParseFile(main);

        var port = config.GetOrigin("svc.port");
        Assert.NotNull(port);
        Assert.Equal("inc.conf", Path.GetFileName(port.Source));
        Assert.Equal((3, 8), (port.Line, port.Column));
        Assert.Equal(new ConfigOrigin(main, 2, 8), config.GetOrigin("name"));
    }

    [Fact]
    public void GetOrigin_WithFallbackLayers_WinningLayerOfEachKey()
    {
        var set = ConfigurationFactory.ParseString("chat.port = 1", "--set chat.port=1");
        var file = ConfigurationFactory.ParseString("chat {\n  port = 2\n  max-clients = 3\n}", "app.conf");
        var reference = ConfigurationFactory.ParseString("chat.hostname = h", "reference.conf");
        var config = set.WithFallback(file).WithFallback(reference).Resolve();

        Assert.Equal(new ConfigOrigin("--set chat.port=1", 1, 13), config.GetOrigin("chat.port"));
        Assert.Equal(new ConfigOrigin("app.conf", 3, 17), config.GetOrigin("chat.max-clients"));
        Assert.Equal(new ConfigOrigin("reference.conf", 1, 17), config.GetOrigin("chat.hostname"));
    }

    [Fact]
    public void GetOrigin_SubConfig_PathRelativeToIt()
    {
        var config = ConfigurationFactory.ParseString("a.b {\n  c = 1\n}", "x.conf");
        Assert.Equal(new ConfigOrigin("x.conf", 2, 7), config.GetConfig("a.b").GetOrigin("c"));
    }

    [Fact]
    public void GetOrigin_MissingNullOrBuiltInCode_Null()
    {
        var config = ConfigurationFactory.ParseString("a = null");
        Assert.Null(config.GetOrigin("a"));
        Assert.Null(config.GetOrigin("nope"));
        Assert.Null(Config.Empty.AtKey("k").GetOrigin("k"));
    }

    [Fact]
    public void Origin_HoconValueFromGetValueAndAsEnumerable_SameAsGetOrigin()
    {
        var config = ConfigurationFactory.ParseString("x = 1\ny = [1, 2]", "v.conf");
        Assert.Equal(new ConfigOrigin("v.conf", 1, 5), config.GetValue("x")!.Origin);
        var y = config.AsEnumerable().Single(kv => kv.Key == "y").Value;
        Assert.Equal(config.GetOrigin("y"), y.Origin);
        Assert.Equal(new ConfigOrigin("v.conf", 2, 9), y.GetArray()[1].Origin);
    }
}
