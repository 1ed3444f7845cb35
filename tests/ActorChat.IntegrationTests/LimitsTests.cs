namespace ActorChat.IntegrationTests;

public sealed class LimitsTests
{
    [Fact]
    public async Task MaxClients_OneTooMany_ServerFullThenClose()
    {
        using var node = await NodeProcess.StartAsync("--set", "actorchat.chat.max-clients=2");
        using var a = await ChatClient.LoginAsync(node.Port, "a");
        using var b = await ChatClient.LoginAsync(node.Port, "b");
        using var c = await ChatClient.ConnectAsync(node.Port);
        Assert.Equal(["error: server full"], await c.ReadToEndAsync());

        // After one leaves, there is room again.
        a.ShutdownSend();
        Assert.Empty(await a.ReadToEndAsync());
        await AwaitLoginAsync(node.Port, "c");
    }

    private const int Batch = 20;

    [Fact]
    public async Task SlowConsumer_NeverReads_TooSlowThenDisconnectedAndSenderUnaffected()
    {
        // close-timeout is long so the evicted client surely gets to read its final line here.
        using var node = await NodeProcess.StartAsync(
            "--set", "actorchat.chat.outbound-buffer-limit=64KiB", "--set", "actorchat.chat.close-timeout=60s");
        using var reader = await ChatClient.LoginAsync(node.Port, "never");
        using var sender = await ChatClient.LoginAsync(node.Port, "sender");
        var payload = new string('z', 900);

        // The sender reads its own copies (a batch stays far below its own limit), so only "never"
        // lags. Loopback socket buffers take megabytes before the server's 64 KiB limit is reached;
        // the node logs the eviction (event 2013) — the server did not grow to hold the rest.
        var sent = 0;
        while (!node.HasPrinted("[2013]"))
        {
            Assert.True(sent < 100_000, "never evicted");
            for (var i = 0; i < Batch; i++, sent++)
            {
                await sender.SendAsync("never, sender: " + payload);
            }

            for (var i = 0; i < Batch; i++)
            {
                Assert.Equal("from sender: " + payload, await sender.ReadLineAsync());
            }
        }

        var lines = await reader.ReadToEndAsync();
        Assert.Equal("error: too slow", lines[^1]);
        Assert.All(lines.SkipLast(1), l => Assert.Equal("from sender: " + payload, l));
        Assert.True(lines.Count < sent, $"{lines.Count} of {sent}");

        // The sender is unaffected; "never" is gone once the broker saw it terminate (probe until then).
        for (var gone = false; !gone;)
        {
            await sender.SendAsync("never, sender: probe");
            for (var line = await sender.ReadLineAsync(); line != "from sender: probe"; line = await sender.ReadLineAsync())
            {
                gone |= line == "error: unknown user never";
            }
        }
    }

    private static async Task AwaitLoginAsync(int port, string name)
    {
        var deadline = DateTime.UtcNow + NodeProcess.Bound;
        while (true)
        {
            using var client = await ChatClient.ConnectAsync(port);
            await client.SendAsync(name);
            var reply = await client.ReadLineAsync();
            if (reply == "info: welcome " + name)
            {
                return;
            }

            Assert.Equal("error: server full", reply);
            Assert.True(DateTime.UtcNow < deadline, "no room after a client left");
            await Task.Delay(10);
        }
    }
}
