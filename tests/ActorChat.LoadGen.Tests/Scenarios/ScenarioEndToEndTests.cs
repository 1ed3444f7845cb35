using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Scenarios;

namespace ActorChat.LoadGen.Tests.Scenarios;

/// <summary>Whole runs against <see cref="FakeLineServer"/> on loopback, each bounded by its own timeout.</summary>
public sealed class ScenarioEndToEndTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(15);

    [Fact]
    public async Task Direct_AllDelivered_CompleteWithLatency()
    {
        await using var server = new FakeLineServer();

        var outcome = await MessageScenario.RunAsync(Options(server, "--scenario", "direct", "--clients", "4", "--messages", "300", "--warmup", "30")).WaitAsync(Bound);

        Assert.Equal(RunOutcome.Ok, outcome.ExitCode);
        var result = outcome.Result;
        Assert.True(result.Complete);
        Assert.Equal(300, result.Deliveries);
        Assert.Equal(300, result.SentMessages);
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Errors);
        Assert.NotNull(result.P50Us);
        Assert.True(result.MaxUs >= result.P99Us);
        Assert.True(result.MsgsPerSec > 0);
    }

    [Fact]
    public async Task Fanout_EachMessageToEveryRecipient_DeliveriesCounted()
    {
        await using var server = new FakeLineServer();

        var outcome = await MessageScenario.RunAsync(Options(server, "--scenario", "fanout", "--fanout", "3", "--messages", "50", "--warmup", "5")).WaitAsync(Bound);

        Assert.Equal(RunOutcome.Ok, outcome.ExitCode);
        Assert.Equal(4, outcome.Result.Clients);
        Assert.Equal(150, outcome.Result.Deliveries);
        Assert.Equal(50, outcome.Result.MsgsPerSec!.Value * outcome.Result.Seconds, 3);
    }

    [Fact]
    public async Task CrossOnOneEndpoint_Paced_Complete()
    {
        await using var server = new FakeLineServer();

        var outcome = await MessageScenario.RunAsync(Options(server, "--scenario", "cross", "--port2", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--clients", "5", "--messages", "200", "--warmup", "0", "--rate", "2000")).WaitAsync(Bound);

        Assert.Equal(RunOutcome.Ok, outcome.ExitCode);
        Assert.Equal(200, outcome.Result.Deliveries);
        Assert.True(outcome.Result.Seconds >= 0.09, $"200 messages at 2000/s took {outcome.Result.Seconds} s");
    }

    [Fact]
    public async Task Direct_ServerSwallowsOneDelivery_IncompleteWithOneLost()
    {
        await using var server = new FakeLineServer(dropDelivery: 40);

        var outcome = await MessageScenario.RunAsync(Options(server, "--scenario", "direct", "--clients", "3", "--messages", "100", "--warmup", "0", "--timeout-seconds", "2", "--drain-seconds", "0.2")).WaitAsync(Bound);

        Assert.Equal(RunOutcome.Incomplete, outcome.ExitCode);
        Assert.False(outcome.Result.Complete);
        Assert.Equal(1, outcome.Result.Lost);
        Assert.Equal(outcome.Result.SentMessages - 1, outcome.Result.Deliveries);
        Assert.Equal("timeout", outcome.Result.Reason);
    }

    [Fact]
    public async Task Connect_IdleClients_AllLoggedIn()
    {
        await using var server = new FakeLineServer();

        var outcome = await ConnectScenario.RunAsync(Options(server, "--scenario", "connect", "--clients", "20", "--settle-seconds", "0")).WaitAsync(Bound);

        Assert.Equal(RunOutcome.Ok, outcome.ExitCode);
        Assert.True(outcome.Result.ConnectSeconds > 0);
        Assert.Null(outcome.Result.P50Us);
    }

    [Fact]
    public async Task Connect_NameRefused_CannotConnect()
    {
        await using var server = new FakeLineServer(refuseName: "u3");

        var outcome = await ConnectScenario.RunAsync(Options(server, "--scenario", "connect", "--clients", "8", "--settle-seconds", "0")).WaitAsync(Bound);

        Assert.Equal(RunOutcome.CannotConnect, outcome.ExitCode);
        Assert.Contains("u3: login refused: error: name taken", outcome.Result.Reason);
        Assert.Equal(1, outcome.Result.Errors);
    }

    private static LoadGenOptions Options(FakeLineServer server, params string[] args)
    {
        var (options, error) = OptionsParser.Parse([.. args, "--port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        Assert.True(error is null, error);
        return options!;
    }
}
