using System.Reflection;
using ActorChat.Actors.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Tests.Shutdown;

public sealed class ShutdownLogTests
{
    [Fact]
    public void ShutdownLog_EventIds_UniqueAcrossRuntimeLogAndInTheirRange()
    {
        var shutdown = Ids(typeof(ShutdownLog));
        var all = shutdown.Concat(Ids(typeof(RuntimeLog))).ToList();

        Assert.NotEmpty(shutdown);
        Assert.All(shutdown, id => Assert.InRange(id, 1100, 1149));
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    private static List<int> Ids(Type type) =>
        [.. type.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.EventId)];
}
