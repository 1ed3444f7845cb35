using ActorChat.Hocon;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Hocon;

/// <summary>
/// Parsing a typical ~200-line node config (the test project's Configs/node.conf, embedded here): with
/// substitutions, includes none, every value type, durations and sizes. Target: well under 1 ms per parse.
/// </summary>
[MemoryDiagnoser]
public class HoconParseBenchmarks
{
    private string _nodeConf = "";
    private Config _parsed = Config.Empty;

    [GlobalSetup]
    public void Setup()
    {
        using var stream = typeof(HoconParseBenchmarks).Assembly.GetManifestResourceStream("ActorChat.Benchmarks.Hocon.node.conf")
            ?? throw new InvalidOperationException("embedded node.conf is missing");
        using var reader = new StreamReader(stream);
        _nodeConf = reader.ReadToEnd();
        _parsed = ConfigurationFactory.ParseString(_nodeConf);
    }

    /// <summary>What a node does at startup: parse and resolve.</summary>
    [Benchmark(Baseline = true)]
    public Config ParseAndResolve() => ConfigurationFactory.ParseString(_nodeConf, "node.conf");

    /// <summary>Parse only, substitutions left for a later Resolve().</summary>
    [Benchmark]
    public Config ParseUnresolved() =>
        ConfigurationFactory.ParseString(_nodeConf, new ConfigParseOptions { Resolve = false, SourceName = "node.conf" });

    /// <summary>Binding settings: a sub-config and a dozen typed getters on an already parsed config.</summary>
    [Benchmark]
    public long ReadSettings()
    {
        var chat = _parsed.GetConfig("actorchat.chat");
        return chat.GetInt("port")
            + chat.GetByteSize("max-line-length")
            + chat.GetByteSize("outbound-buffer-limit")
            + (long)chat.GetTimeSpan("idle-timeout").TotalMilliseconds
            + _parsed.GetStringList("actorchat.p2p.seeds").Count
            + (long)_parsed.GetTimeSpan("actorchat.remote.watch-failure-detector.heartbeat-interval").TotalMilliseconds
            + (_parsed.GetBoolean("actorchat.p2p.direct-delivery") ? 1 : 0)
            + _parsed.GetString("akka.actor.deployment.\"/chat/broker\".mailbox").Length;
    }
}
