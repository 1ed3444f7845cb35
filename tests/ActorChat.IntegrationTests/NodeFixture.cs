namespace ActorChat.IntegrationTests;

/// <summary>One node shared by a test class (tests use distinct user names).</summary>
public sealed class NodeFixture : IAsyncLifetime
{
    private NodeProcess? _node;

    public int Port => _node!.Port;

    public async Task InitializeAsync() => _node = await NodeProcess.StartAsync("--set", "actorchat.chat.max-line-length=64");

    public Task DisposeAsync()
    {
        _node?.Dispose();
        return Task.CompletedTask;
    }
}
