using System.Text;
using ActorChat.LoadGen.Clients;

namespace ActorChat.LoadGen.Tests.Clients;

public sealed class LineAssemblerTests
{
    [Fact]
    public void Feed_SeveralLinesInOneChunk_EachHandedOutWithoutTerminator()
    {
        var sink = new RecordingSink();

        new LineAssembler().Feed("a\nbb\r\nccc\n"u8, sink);

        Assert.Equal(["a", "bb", "ccc"], sink.Lines);
    }

    [Fact]
    public void Feed_LineSplitAcrossChunks_JoinedOnce()
    {
        var sink = new RecordingSink();
        var lines = new LineAssembler();

        lines.Feed("from u1: 12"u8, sink);
        Assert.Empty(sink.Lines);
        Assert.Equal(11, lines.Pending);
        lines.Feed("34 5"u8, sink);
        lines.Feed(" x\r"u8, sink);
        lines.Feed("\nnext\n"u8, sink);

        Assert.Equal(["from u1: 1234 5 x", "next"], sink.Lines);
        Assert.Equal(0, lines.Pending);
    }

    [Fact]
    public void Feed_OverlongLine_DroppedAndNextLineIntact()
    {
        var sink = new RecordingSink();
        var lines = new LineAssembler();
        var chunk = new byte[16 * 1024];
        chunk.AsSpan().Fill((byte)'z');

        for (var i = 0; i < 5; i++)
        {
            lines.Feed(chunk, sink);
        }

        lines.Feed("tail\nok\n"u8, sink);

        Assert.Equal(1, sink.TooLong);
        Assert.Equal(["ok"], sink.Lines);
    }

    private sealed class RecordingSink : ILineSink
    {
        public List<string> Lines { get; } = [];

        public int TooLong { get; private set; }

        public void OnLine(ReadOnlySpan<byte> line) => Lines.Add(Encoding.ASCII.GetString(line));

        public void OnLineTooLong() => TooLong++;
    }
}
