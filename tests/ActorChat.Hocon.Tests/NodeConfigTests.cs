namespace ActorChat.Hocon.Tests;

/// <summary>A realistic ~200-line node config (Configs/node.conf, copied to the output) parses and reads back.</summary>
public sealed class NodeConfigTests
{
    private static readonly string NodeConfPath = Path.Combine(AppContext.BaseDirectory, "Configs", "node.conf");

    private static Config Load() => ConfigurationFactory.ParseFile(NodeConfPath);

    [Fact]
    public void ParseFile_NodeConfig_ReadsEverySection()
    {
        var config = Load();
        Assert.Equal("node1", config.GetString("actorchat.node.name"));
        Assert.Equal(["chat", "p2p", "cmd"], config.GetStringList("actorchat.node.roles"));
        Assert.Equal("/var/lib/actorchat/node1", config.GetString("actorchat.node.data-directory"));
        Assert.Equal(8080, config.GetInt("actorchat.chat.port"));
        Assert.Equal(4096L, config.GetByteSize("actorchat.chat.max-line-length"));
        Assert.Equal(1L << 20, config.GetByteSize("actorchat.chat.outbound-buffer-limit"));
        Assert.Equal(TimeSpan.FromMinutes(5), config.GetTimeSpan("actorchat.chat.idle-timeout"));
        Assert.StartsWith("Welcome to ActorChat!\nType \"name", config.GetString("actorchat.chat.welcome"), StringComparison.Ordinal);
        Assert.Equal("127.0.0.1", config.GetString("actorchat.remote.hostname"));
        Assert.False(config.HasPath("actorchat.remote.secret"));
        Assert.Null(config.GetString("actorchat.remote.secret", null));
        Assert.Equal(256L * 1024, config.GetByteSize("actorchat.remote.frame-size-limit"));
        Assert.Equal(10.0, config.GetDouble("actorchat.remote.watch-failure-detector.threshold"));
        Assert.Equal(TimeSpan.FromMilliseconds(100), config.GetTimeSpan("actorchat.remote.watch-failure-detector.min-std-deviation"));
        Assert.Equal(3, config.GetStringList("actorchat.p2p.seeds").Count);
        Assert.Empty(config.GetStringList("actorchat.p2p.peers"));
        Assert.Equal(Timeout.InfiniteTimeSpan, config.GetTimeSpan("actorchat.p2p.address-book.ban-duration"));
        Assert.True(config.GetBoolean("actorchat.p2p.direct-delivery"));
        Assert.Equal(65536L, config.GetByteSize("actorchat.p2p.channel.max-message-size"));
        Assert.Equal(9110, config.GetInt("actorchat.cmd.port"));
        Assert.Equal("ActorChat node node1 on 127.0.0.1:8080", config.GetString("info.description"));
        Assert.Equal("akka.tcp://actorchat@127.0.0.1:2552", config.GetString("info.remote-address"));
    }

    [Fact]
    public void GetConfig_ShutdownPhases_EnumeratesPhases()
    {
        var phases = Load().GetConfig("actorchat.coordinated-shutdown.phases");
        var names = phases.AsEnumerable().Select(kv => kv.Key).ToList();
        Assert.Equal(8, names.Count);
        Assert.Equal(["cluster-leave"], phases.GetStringList("before-actor-system-terminate.depends-on"));
        Assert.Equal(TimeSpan.FromSeconds(10), phases.GetTimeSpan("actor-system-terminate.timeout"));
        Assert.True(phases.GetConfig("before-service-unbind").IsEmpty);
    }

    [Fact]
    public void GetConfig_QuotedDeploymentPaths_Resolve()
    {
        var config = Load();
        Assert.Equal("bounded-mailbox", config.GetString("akka.actor.deployment.\"/chat/broker\".mailbox"));
        Assert.Equal("akka.actor.default-dispatcher", config.GetString("akka.actor.deployment.\"/p2p/hosts\".dispatcher"));
        var serializers = config.GetConfig("akka.actor.serializers").AsEnumerable().ToDictionary(kv => kv.Key, kv => kv.Value.GetString());
        Assert.Equal(3, serializers.Count);
        Assert.Equal(100, config.GetInt("akka.actor.serialization-identifiers.\"ActorChat.Chat.Serialization.ChatSerializer, ActorChat.Chat\""));
    }

    [Fact]
    public void ToString_NodeConfig_RoundTrips()
    {
        var config = Load();
        var again = ConfigurationFactory.ParseString(config.ToString());
        HoconAssert.JsonEqual(config.ToJson(), again.ToJson());
    }

    [Fact]
    public void WithFallback_OverridesOverNodeConfig_Layer()
    {
        var config = ConfigurationFactory.ParseString("actorchat.chat.port = 0\nactorchat.node.roles = [solo]").WithFallback(Load());
        Assert.Equal(0, config.GetInt("actorchat.chat.port"));
        Assert.Equal(["solo"], config.GetStringList("actorchat.node.roles"));
        Assert.Equal(9110, config.GetInt("actorchat.cmd.port"));
    }
}
