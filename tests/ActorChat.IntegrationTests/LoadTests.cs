namespace ActorChat.IntegrationTests;

public sealed class LoadTests
{
    private const int Clients = 1000;
    private const int MessagesPerSender = 5;

    [Fact]
    public async Task Chat_1000ConcurrentClientsInARing_NoneLostOrDuplicatedAndPerSenderOrderKept()
    {
        using var node = await NodeProcess.StartAsync();
        var clients = new ChatClient[Clients];
        try
        {
            // Log in with bounded concurrency so the accept backlog never overflows on a loaded box.
            using (var gate = new SemaphoreSlim(100))
            {
                await Task.WhenAll(Enumerable.Range(0, Clients).Select(async i =>
                {
                    await gate.WaitAsync();
                    try
                    {
                        clients[i] = await ChatClient.LoginAsync(node.Port, "u" + i);
                    }
                    finally
                    {
                        gate.Release();
                    }
                }));
            }

            // Everyone sends to the next two in the ring at once, and reads what the previous two sent.
            var received = await Task.WhenAll(Enumerable.Range(0, Clients).Select(async i =>
            {
                var reading = ReadAsync(clients[i], 2 * MessagesPerSender);
                for (var m = 0; m < MessagesPerSender; m++)
                {
                    await clients[i].SendAsync($"u{(i + 1) % Clients}, u{(i + 2) % Clients}: {m}");
                }

                return await reading;
            }));

            for (var i = 0; i < Clients; i++)
            {
                var expected = new[] { (i + Clients - 1) % Clients, (i + Clients - 2) % Clients }
                    .Select(s => string.Join(',', Enumerable.Range(0, MessagesPerSender).Select(m => $"from u{s}: {m}")));
                var bySender = received[i].GroupBy(l => l.Split(':')[0]).Select(g => string.Join(',', g)).Order();
                Assert.Equal(expected.Order(), bySender);
            }
        }
        finally
        {
            foreach (var client in clients)
            {
                client?.Dispose();
            }
        }
    }

    private static async Task<List<string>> ReadAsync(ChatClient client, int count)
    {
        var lines = new List<string>(count);
        while (lines.Count < count)
        {
            lines.Add(await client.ReadLineAsync() ?? throw new InvalidOperationException("unexpected EOF after " + lines.Count));
        }

        return lines;
    }
}
