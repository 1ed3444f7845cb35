namespace ActorChat.IntegrationTests;

public sealed class ShutdownTests
{
    private const int Queued = 10_000;

    [Fact]
    public async Task Sigterm_RecipientNotReadingWith10000Queued_ReadsAllThenEofAndExitCode0()
    {
        using var node = await NodeProcess.StartAsync();
        using var recipient = await ChatClient.LoginAsync(node.Port, "slowpoke");
        using var sender = await ChatClient.LoginAsync(node.Port, "sender");
        using var idle = await ChatClient.ConnectAsync(node.Port);

        for (var i = 0; i < Queued; i++)
        {
            await sender.SendAsync("slowpoke: m" + i);
        }

        // The broker routes one sender's lines in order: once this comes back, all 10,000 are queued.
        await sender.SendAsync("sender: done");
        Assert.Equal("from sender: done", await sender.ReadLineAsync());

        await node.SignalAsync("TERM");

        // Only now does the recipient read.
        var lines = await recipient.ReadToEndAsync();
        var deliveries = lines.Where(l => l.StartsWith("from ", StringComparison.Ordinal)).ToList();
        Assert.Equal(Enumerable.Range(0, Queued).Select(i => "from sender: m" + i), deliveries);
        Assert.Contains("info: server shutting down", lines);
        Assert.All(lines, l => Assert.True(l.StartsWith("from ", StringComparison.Ordinal) || l == "info: server shutting down", l));

        // A client that never sent its name did not hold anything up.
        Assert.Equal(["info: server shutting down"], await idle.ReadToEndAsync());
        Assert.Equal(["info: server shutting down"], await sender.ReadToEndAsync());
        Assert.Equal(0, await node.WaitForExitAsync());
    }

    [Fact]
    public async Task Sigint_LinesAcceptedBeforeShutdown_DeliveredBeforeEof()
    {
        using var node = await NodeProcess.StartAsync();
        using var a = await ChatClient.LoginAsync(node.Port, "a");
        using var b = await ChatClient.LoginAsync(node.Port, "b");
        await a.SendAsync("b: one");
        await a.SendAsync("a: two");
        Assert.Equal("from a: two", await a.ReadLineAsync());

        await node.SignalAsync("INT");

        Assert.Equal(["from a: one", "info: server shutting down"], await b.ReadToEndAsync());
        Assert.Equal(0, await node.WaitForExitAsync());
    }
}
