using Microsoft.Extensions.DependencyInjection;

namespace ActorChat.Hosting.Tests;

public sealed class ActorSystemBuilderTests
{
    [Fact]
    public void AddHocon_AppendIsFallback_PrependWins()
    {
        var builder = new ActorSystemBuilder("b", new ServiceCollection().BuildServiceProvider());

        builder.AddHocon("a = 1, b = 1", HoconAddMode.Append)
            .AddHocon("a = 2, c = 2", HoconAddMode.Append)
            .AddHocon("b = 3", HoconAddMode.Prepend);

        Assert.Equal(1, builder.Configuration.GetInt("a"));
        Assert.Equal(3, builder.Configuration.GetInt("b"));
        Assert.Equal(2, builder.Configuration.GetInt("c"));
    }

    [Fact]
    public async Task AddHoconFile_ValuesReachTheSystemSettings()
    {
        var path = Path.Combine(Path.GetTempPath(), $"actorchat-hosting-{Guid.NewGuid():N}.conf");
        await File.WriteAllTextAsync(path, "actorchat.actor.ask-timeout = 7 s");
        try
        {
            var factory = new TestHostFactory();
            using var host = factory.Build(b => b.AddHoconFile(path, HoconAddMode.Prepend));
            await host.StartAsync().WaitAsync(TestHostFactory.Bound);

            Assert.Equal(TimeSpan.FromSeconds(7), host.Services.GetRequiredService<ActorSystem>().Settings.AskTimeout);
            await host.StopAsync().WaitAsync(TestHostFactory.Bound);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
