using System.Reflection;
using Microsoft.Extensions.Logging;

namespace ActorChat.Remote.Tests;

public sealed class LogEventIdTests
{
    [Fact]
    public void RemoteLog_EventIds_UniqueAndIn3000To3099()
    {
        var ids = typeof(RemoteLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.EventId)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.InRange(id, 3000, 3099));
    }
}
