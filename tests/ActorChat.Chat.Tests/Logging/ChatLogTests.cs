using System.Reflection;
using ActorChat.Chat.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Chat.Tests.Logging;

public sealed class ChatLogTests
{
    [Fact]
    public void ChatLog_EventIds_UniqueAndInTheirRange()
    {
        var ids = typeof(ChatLog).GetMethods(BindingFlags.Public | BindingFlags.Static)
            .Select(m => m.GetCustomAttribute<LoggerMessageAttribute>())
            .Where(a => a is not null)
            .Select(a => a!.EventId)
            .ToList();

        Assert.NotEmpty(ids);
        Assert.All(ids, id => Assert.InRange(id, 2000, 2099));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
