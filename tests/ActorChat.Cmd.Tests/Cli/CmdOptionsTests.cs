using ActorChat.Cmd.Cli;
using ActorChat.Cmd.Output;

namespace ActorChat.Cmd.Tests.Cli;

public sealed class CmdOptionsTests
{
    [Fact]
    public void NoArguments_DefaultEndpoint_PromptMode()
    {
        var options = Parse();

        Assert.Equal("127.0.0.1:9110", options.Address);
        Assert.Empty(options.Command);
        Assert.Null(options.Output);
        Assert.False(options.Yes);
        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Null(options.Count);
        Assert.Null(options.Token);
    }

    [Theory]
    [InlineData("10.0.0.5:9200", "10.0.0.5", 9200)]
    [InlineData("localhost:1", "localhost", 1)]
    [InlineData("node.example:65535", "node.example", 65535)]
    [InlineData("[::1]:9110", "::1", 9110)]
    public void Endpoint_FirstPositional(string endpoint, string host, int port)
    {
        var options = Parse(endpoint, "node", "info");

        Assert.Equal(host, options.Host);
        Assert.Equal(port, options.Port);
        Assert.Equal(["node", "info"], options.Command);
    }

    [Fact]
    public void Endpoint_AfterLeadingOptions_StillTheEndpoint()
    {
        var options = Parse("-o", "json", "--yes", "10.0.0.5:9200", "node", "shutdown");

        Assert.Equal("10.0.0.5:9200", options.Address);
        Assert.Equal(["node", "shutdown"], options.Command);
        Assert.Equal(OutputFormat.Json, options.Output);
        Assert.True(options.Yes);
    }

    [Fact]
    public void EndpointAlone_PromptMode()
    {
        var options = Parse("10.0.0.5:9200");

        Assert.Equal("10.0.0.5:9200", options.Address);
        Assert.Empty(options.Command);
    }

    [Theory]
    [InlineData("host:0")]
    [InlineData("host:65536")]
    [InlineData("host:abc")]
    [InlineData("host:")]
    [InlineData(":9110")]
    [InlineData("host:-1")]
    public void BadEndpoint_IsAnErrorNamingIt(string endpoint)
    {
        var error = Error(endpoint, "node", "info");

        Assert.Contains($"\"{endpoint}\" is not HOST:PORT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ColonLaterOnTheLine_IsACommandArgument()
    {
        var options = Parse("chat", "send", "-t", "bob", "-m", "at 10:30");

        Assert.Equal("127.0.0.1:9110", options.Address);
        Assert.Equal(["chat", "send", "-t", "bob", "-m", "at 10:30"], options.Command);
    }

    [Theory]
    [InlineData("table", "Table")]
    [InlineData("plain", "Plain")]
    [InlineData("json", "Json")]
    public void Output_EveryFormat_ShortAndLong(string value, string expected)
    {
        var format = Enum.Parse<OutputFormat>(expected);

        Assert.Equal(format, Parse("node", "info", "-o", value).Output);
        Assert.Equal(format, Parse("--output", value, "node", "info").Output);
    }

    [Fact]
    public void Output_Unknown_ErrorNamesTheValue()
    {
        Assert.Equal("-o expects table, plain or json, got \"xml\"", Error("node", "info", "-o", "xml"));
    }

    [Fact]
    public void Output_Missing_Error()
    {
        Assert.Equal("-o expects table, plain or json", Error("node", "info", "-o"));
    }

    [Fact]
    public void CommandSwitches_PassThroughInOrder()
    {
        var options = Parse("actor", "hierarchy", "-d", "2", "-s", "/user", "-o", "plain");

        Assert.Equal(["actor", "hierarchy", "-d", "2", "-s", "/user"], options.Command);
        Assert.Equal(OutputFormat.Plain, options.Output);
    }

    [Fact]
    public void YesHelpTimeoutCount_Parsed()
    {
        var options = Parse("chat", "tail", "-y", "--timeout", "2.5", "--count", "3", "-h");

        Assert.True(options.Yes);
        Assert.True(options.Help);
        Assert.Equal(TimeSpan.FromSeconds(2.5), options.Timeout);
        Assert.Equal(3, options.Count);
        Assert.Equal(["chat", "tail"], options.Command);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("soon")]
    [InlineData(null)]
    public void Timeout_Invalid_Error(string? value)
    {
        string[] args = value is null ? ["--timeout"] : ["--timeout", value];

        Assert.Equal("--timeout expects a positive number of seconds", Error(args));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("1.5")]
    [InlineData(null)]
    public void Count_Invalid_Error(string? value)
    {
        string[] args = value is null ? ["--count"] : ["--count", value];

        Assert.Equal("--count expects a positive integer", Error(args));
    }

    [Fact]
    public void Token_FromArgumentOverridesEnvironment()
    {
        Assert.Equal("env", CmdOptions.Parse([], "env").Options!.Token);
        Assert.Equal("arg", CmdOptions.Parse(["--token", "arg"], "env").Options!.Token);
        Assert.Null(CmdOptions.Parse([], string.Empty).Options!.Token);
    }

    [Fact]
    public void Token_MissingValue_Error()
    {
        Assert.Equal("--token expects the node's token", Error("node", "info", "--token"));
    }

    private static CmdOptions Parse(params string[] args)
    {
        var (options, error) = CmdOptions.Parse(args, null);
        Assert.True(options is not null, error);
        return options;
    }

    private static string Error(params string[] args)
    {
        var (options, error) = CmdOptions.Parse(args, null);
        Assert.Null(options);
        return error!;
    }
}
