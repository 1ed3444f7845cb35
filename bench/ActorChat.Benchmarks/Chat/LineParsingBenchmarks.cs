using ActorChat.Chat.Protocol;
using BenchmarkDotNet.Attributes;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// The inbound side of one connection, per line: <see cref="Frame"/> runs the <see cref="LineFramer"/>
/// over 70 KB of typical lines (1,024 lines, see <see cref="ChatLines.Stream"/>) fed the way the
/// socket reader feeds it (copy into its free space, frame everything complete, repeat);
/// <see cref="FrameAndParse"/> also parses every line with <see cref="ChatProtocol.ParseMessage"/>,
/// i.e. all the CPU a line costs before the connection builds its Say.
/// </summary>
[MemoryDiagnoser]
public class LineParsingBenchmarks
{
    private const int Lines = 1024;

    private byte[] _input = [];
    private LineFramer _framer = null!;

    [GlobalSetup]
    public void Setup()
    {
        _input = ChatLines.Stream(Lines);
        _framer = new LineFramer(ChatLines.Settings().MaxLineLength);
        var framed = Frame();
        if (framed != Lines)
        {
            throw new InvalidOperationException($"framed {framed} lines of {Lines} ({_input.Length} bytes)");
        }

        Console.WriteLine($"// LineParsing input: {Lines} lines, {_input.Length} bytes");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines)]
    public int Frame()
    {
        var frames = 0;
        ReadOnlySpan<byte> input = _input;
        while (!input.IsEmpty)
        {
            input = Feed(input);
            while (_framer.TryRead(out _))
            {
                frames++;
            }
        }

        return frames;
    }

    [Benchmark(OperationsPerInvoke = Lines)]
    public int FrameAndParse()
    {
        var recipients = 0;
        ReadOnlySpan<byte> input = _input;
        while (!input.IsEmpty)
        {
            input = Feed(input);
            while (_framer.TryRead(out var frame))
            {
                recipients += ChatProtocol.ParseMessage(frame.Text!).Recipients.Count;
            }
        }

        return recipients;
    }

    /// <summary>One "receive": as many bytes as the framer has room for. Returns what is left.</summary>
    private ReadOnlySpan<byte> Feed(ReadOnlySpan<byte> input)
    {
        var writable = _framer.WritableMemory().Span;
        var count = Math.Min(writable.Length, input.Length);
        input[..count].CopyTo(writable);
        _framer.Advance(count);
        return input[count..];
    }
}
