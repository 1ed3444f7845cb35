using ActorChat.Chat.Protocol;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// <see cref="ChatProtocol.ParseMessage"/> on one line "user000, user001, ...: &lt;46-character text&gt;"
/// with 1, 3 or 100 recipients: time and bytes per parsed line.
/// </summary>
[MemoryDiagnoser]
public class ParseMessageBenchmarks
{
    private string _line = "";

    [Params(1, 3, 100)]
    public int Recipients { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _line = ChatLines.Message(Recipients);
        var parsed = ChatProtocol.ParseMessage(_line);
        if (!parsed.IsValid || parsed.Recipients.Count != Recipients)
        {
            throw new InvalidOperationException($"'{_line}' parsed to {parsed}");
        }
    }

    [Benchmark]
    public object Parse() => ChatProtocol.ParseMessage(_line);
}
