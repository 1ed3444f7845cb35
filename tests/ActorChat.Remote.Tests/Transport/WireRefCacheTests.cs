using System.Text;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Tests.Transport;

public sealed class WireRefCacheTests
{
    [Fact]
    public void TryGet_AddedKeyAsUtf8_Hits()
    {
        var cache = new WireRefCache<string>(maxEntries: 4);
        cache.Add("actorchat.tcp://B@127.0.0.1:1/user/é#1", "value");

        Assert.True(cache.TryGet(Encoding.UTF8.GetBytes("actorchat.tcp://B@127.0.0.1:1/user/é#1"), out var value));
        Assert.Equal("value", value);
        Assert.False(cache.TryGet(Encoding.UTF8.GetBytes("actorchat.tcp://B@127.0.0.1:1/user/e#1"), out _));
    }

    [Fact]
    public void TryGet_InvalidUtf8_Misses()
    {
        var cache = new WireRefCache<string>(maxEntries: 4);
        cache.Add("\uFFFD", "replacement");

        Assert.False(cache.TryGet([0xFF], out _));
    }

    [Fact]
    public void Add_BeyondMaxEntries_StaysBounded()
    {
        var cache = new WireRefCache<string>(maxEntries: 2);
        cache.Add("a", "1");
        cache.Add("b", "2");
        cache.Add("c", "3");

        Assert.True(cache.TryGet("c"u8, out _));
        Assert.False(cache.TryGet("a"u8, out _));
    }
}
