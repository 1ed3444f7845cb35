using System.Reflection;
using ActorChat.Hosting.Lifetime;
using Microsoft.Extensions.Logging;

namespace ActorChat.Hosting.Tests;

public sealed class HostingLogTests
{
    [Fact]
    public void HostingLog_EventIds_UniqueAndInTheirRange()
    {
        var ids = typeof(HostingLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.EventId)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.InRange(id, 1200, 1249));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
