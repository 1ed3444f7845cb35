using System.Net;
using ActorChat.LoadGen.Cli;

namespace ActorChat.LoadGen.Tests.Cli;

public sealed class OptionsParserTests
{
    [Fact]
    public void Parse_NoArguments_DirectLineDefaults()
    {
        var (options, error) = OptionsParser.Parse([]);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(Scenario.Direct, options.Scenario);
        Assert.Equal(ProtocolKind.Line, options.Protocol);
        Assert.Equal("actorchat", options.Label);
        Assert.Equal(IPAddress.Loopback, options.Host);
        Assert.Equal(8080, options.Port);
        Assert.Equal(8080, options.Port2);
        Assert.Equal(1000, options.Clients);
        Assert.Equal(20_000, options.Window);
        Assert.Equal(200_000, options.Messages);
        Assert.Equal(20_000, options.Warmup);
        Assert.Equal(TimeSpan.FromSeconds(120), options.Timeout);
        Assert.Equal(TimeSpan.FromSeconds(10), options.Drain);
        Assert.Equal(TimeSpan.FromSeconds(2), options.Settle);
        Assert.Equal(1, options.DeliveriesPerMessage);
    }

    [Fact]
    public void Parse_Fanout_ClientsAndWindowFollowFanout()
    {
        var (options, _) = OptionsParser.Parse(["--scenario", "fanout", "--fanout", "50"]);

        Assert.NotNull(options);
        Assert.Equal(51, options.Clients);
        Assert.Equal(1000, options.Window);
        Assert.Equal(50, options.DeliveriesPerMessage);
        Assert.Equal(5000, options.Messages);
    }

    [Fact]
    public void Parse_IrcCross_DefaultsPerProtocolAndScenario()
    {
        var (options, error) = OptionsParser.Parse(["--protocol", "IRC", "--scenario", "cross", "--port2", "7000", "--rate", "2500.5"]);

        Assert.Null(error);
        Assert.NotNull(options);
        Assert.Equal(6667, options.Port);
        Assert.Equal(7000, options.Port2);
        Assert.Equal("irc", options.Label);
        Assert.Equal("", options.NamePrefix);
        Assert.Equal(2500.5, options.Rate);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("127.1.2.3")]
    [InlineData("::1")]
    [InlineData("localhost")]
    public void Parse_LoopbackHost_Accepted(string host)
    {
        var (options, error) = OptionsParser.Parse(["--host", host]);

        Assert.Null(error);
        Assert.True(IPAddress.IsLoopback(options!.Host));
    }

    [Theory]
    [InlineData("10.0.0.1", "not a loopback address")]
    [InlineData("192.168.1.20", "not a loopback address")]
    [InlineData("0.0.0.0", "not a loopback address")]
    [InlineData("example.com", "not an IP address")]
    public void Parse_NonLoopbackHost_Refused(string host, string reason)
    {
        var (options, error) = OptionsParser.Parse(["--host", host]);

        Assert.Null(options);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void Parse_SeveralProblems_AllReportedTogether()
    {
        var (options, error) = OptionsParser.Parse(["--clients", "many", "--bogus", "1", "--rate", "-5", "--protocol", "xmpp"]);

        Assert.Null(options);
        Assert.Contains("--clients many", error);
        Assert.Contains("unknown option --bogus", error);
        Assert.Contains("--rate -5", error);
        Assert.Contains("--protocol xmpp", error);
    }

    [Fact]
    public void Parse_MissingValue_Refused()
    {
        var (options, error) = OptionsParser.Parse(["--port"]);

        Assert.Null(options);
        Assert.Contains("--port needs a value", error);
    }

    [Fact]
    public void Parse_ScenarioAsNumber_Refused()
    {
        var (options, error) = OptionsParser.Parse(["--scenario", "2"]);

        Assert.Null(options);
        Assert.Contains("expected one of connect, direct, fanout, cross", error);
    }

    [Fact]
    public void Parse_FanoutWithTooFewClients_Refused()
    {
        var (options, error) = OptionsParser.Parse(["--scenario", "fanout", "--fanout", "10", "--clients", "5"]);

        Assert.Null(options);
        Assert.Contains("needs at least 11 clients", error);
    }

    [Fact]
    public void Parse_Port2OutsideCross_Refused()
    {
        var (options, error) = OptionsParser.Parse(["--scenario", "direct", "--port2", "9000"]);

        Assert.Null(options);
        Assert.Contains("--port2 is only used by --scenario cross", error);
    }

    [Fact]
    public void Parse_IrcNickStartingWithDigit_Refused()
    {
        var (options, error) = OptionsParser.Parse(["--protocol", "irc", "--name-prefix", ""]);

        Assert.Null(options);
        Assert.Contains("must start with a letter", error);
    }

    [Fact]
    public void Parse_OptionGivenTwice_Refused()
    {
        var (options, error) = OptionsParser.Parse(["--clients", "10", "--clients", "20"]);

        Assert.Null(options);
        Assert.Contains("--clients given twice", error);
    }
}
