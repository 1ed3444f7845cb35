using System.Reflection;
using ActorChat.Chat.Management.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Tests.Management;

public sealed class CmdLogTests
{
    [Fact]
    public void CmdLog_EventIds_UniqueAndInTheirRange()
    {
        var ids = typeof(CmdLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.EventId)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.InRange(id, 4000, 4099));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
