using ActorChat.Hosting.Registry;

namespace ActorChat.Hosting.Tests;

public sealed class ActorRegistryTests : IAsyncLifetime
{
    private readonly ActorSystem _system = ActorSystem.Create("registry", "actorchat.coordinated-shutdown.run-by-clr-shutdown-hook = off");
    private readonly ActorRegistry _registry = new();

    [Fact]
    public void Register_SameKeyTwice_ThrowsUnlessOverwrite()
    {
        var a = _system.ActorOf(Props.Create<Echo>(), "a");
        var b = _system.ActorOf(Props.Create<Echo>(), "b");
        _registry.Register<Echo>(a);

        Assert.Throws<DuplicateActorRegistryException>(() => _registry.Register<Echo>(b));
        Assert.False(_registry.TryRegister<Echo>(b));
        _registry.Register<Echo>(b, overwrite: true);
        Assert.Equal(b, _registry.Get<Echo>());
        Assert.Throws<ArgumentNullException>(() => _registry.Register<Echo>(null!));
        Assert.False(_registry.TryRegister<Echo>(null!));
        Assert.Single(_registry);
    }

    [Fact]
    public void Get_Missing_ThrowsAndTryGetGivesNobody()
    {
        var e = Assert.Throws<MissingActorRegistryEntryException>(() => _registry.Get<Echo>());

        Assert.Contains("GetAsync", e.Message, StringComparison.Ordinal);
        Assert.False(_registry.TryGet<Echo>(out var actor));
        Assert.Equal(ActorRefs.Nobody, actor);
    }

    [Fact]
    public async Task GetAsync_BeforeRegistration_CompletesWhenRegistered()
    {
        var waiting = _registry.GetAsync<Echo>();
        var required = new RequiredActor<Echo>(_registry);
        var requiredWaiting = required.GetAsync();
        Assert.Throws<MissingActorRegistryEntryException>(() => required.ActorRef);
        Assert.False(waiting.IsCompleted);

        var echo = _system.ActorOf(Props.Create<Echo>(), "echo");
        _registry.Register<Echo>(echo);

        Assert.Equal(echo, await waiting.WaitAsync(TestHostFactory.Bound));
        Assert.Equal(echo, await requiredWaiting.WaitAsync(TestHostFactory.Bound));
        Assert.Equal(echo, required.ActorRef);
    }

    [Fact]
    public async Task GetAsync_Cancelled_Throws()
    {
        using var cts = new CancellationTokenSource();
        var waiting = _registry.GetAsync<Echo>(cts.Token);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _system.Terminate().WaitAsync(TestHostFactory.Bound);
}
