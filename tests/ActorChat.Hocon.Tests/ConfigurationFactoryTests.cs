namespace ActorChat.Hocon.Tests;

public sealed class ConfigurationFactoryTests
{
    [Fact]
    public void FromResource_FileNameSuffix_LoadsEmbeddedConfig()
    {
        var config = ConfigurationFactory.FromResource(typeof(ConfigurationFactoryTests).Assembly, "reference.conf");
        Assert.Equal(8080, config.GetInt("actorchat.chat.port"));
        Assert.Equal(1024L * 1024, config.GetByteSize("actorchat.chat.outbound-buffer-limit"));
    }

    [Fact]
    public void FromResource_IncludeInsideResource_LoadsSiblingResource() =>
        Assert.Equal(9110, ConfigurationFactory.FromResource(typeof(ConfigurationFactoryTests).Assembly, "reference.conf").GetInt("actorchat.cmd.port"));

    [Fact]
    public void FromResource_Missing_ThrowsSourceExceptionNamingResource()
    {
        var e = Assert.Throws<ConfigSourceException>(() => ConfigurationFactory.FromResource(typeof(ConfigurationFactoryTests).Assembly, "nope.conf"));
        Assert.Contains("nope.conf", e.Message);
    }

    [Fact]
    public void FromResource_AppLayeredOverReference_AppWins()
    {
        var reference = ConfigurationFactory.FromResource(typeof(ConfigurationFactoryTests).Assembly, "reference.conf");
        var app = ConfigurationFactory.ParseString("actorchat.chat.port = 0");
        var config = app.WithFallback(reference);
        Assert.Equal(0, config.GetInt("actorchat.chat.port"));
        Assert.Equal("127.0.0.1", config.GetString("actorchat.chat.hostname"));
    }

    [Fact]
    public void ParseString_SourceName_AppearsInErrors()
    {
        var e = Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseString("a {\n  b = 1\n", "node1.conf"));
        Assert.Equal("node1.conf", e.File);
        Assert.StartsWith("node1.conf:3:1: expected '}' to close the object opened at 1:3", e.Message);
    }

    [Fact]
    public void ParseFile_Missing_ThrowsSourceExceptionNamingFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "actorchat-hocon-missing-" + Guid.NewGuid().ToString("N") + ".conf");
        var e = Assert.Throws<ConfigSourceException>(() => ConfigurationFactory.ParseFile(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void ParseString_Null_ThrowsArgumentNull() =>
        Assert.Throws<ArgumentNullException>(() => ConfigurationFactory.ParseString(null!));
}
