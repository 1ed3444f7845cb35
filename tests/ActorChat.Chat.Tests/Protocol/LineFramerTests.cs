using System.Text;
using ActorChat.Chat.Protocol;

namespace ActorChat.Chat.Tests.Protocol;

public sealed class LineFramerTests
{
    [Fact]
    public void Frames_SplitAcrossReads_LinesWithCrLfStripped()
    {
        Assert.Equal(["L:ab", "L:cd", "L:"], Feed(8, "a", "b\r\nc", "d\n\n"));
    }

    [Fact]
    public void Frames_LongLineInManyReads_TooLongOnceThenResynchronised()
    {
        Assert.Equal(["TooLong", "L:ok"], Feed(8, "0123456789", "0123456789", "0123\nok\n"));
    }

    [Fact]
    public void Frames_ExactlyMaxWithCrLf_Accepted()
    {
        Assert.Equal(["L:12345678", "TooLong", "L:x"], Feed(8, "12345678\r\n", "123456789\n", "x\n"));
    }

    [Fact]
    public void Frames_InvalidUtf8_ReportedAndNextLineFine()
    {
        var framer = new LineFramer(16);
        Write(framer, [0xC3, 0x28, (byte)'\n', (byte)'o', (byte)'k', (byte)'\n']);
        Assert.True(framer.TryRead(out var bad));
        Assert.Equal(FrameKind.InvalidUtf8, bad.Kind);
        Assert.True(framer.TryRead(out var ok));
        Assert.Equal("ok", ok.Text);
        Assert.False(framer.TryRead(out _));
    }

    private static List<string> Feed(int max, params string[] chunks)
    {
        var framer = new LineFramer(max);
        var frames = new List<string>();
        foreach (var chunk in chunks)
        {
            var bytes = Encoding.UTF8.GetBytes(chunk);
            var offset = 0;
            while (offset < bytes.Length)
            {
                // Like the reader: fill what fits, then take every complete frame.
                var room = framer.WritableMemory();
                var n = Math.Min(room.Length, bytes.Length - offset);
                bytes.AsMemory(offset, n).CopyTo(room);
                framer.Advance(n);
                offset += n;
                while (framer.TryRead(out var frame))
                {
                    frames.Add(frame.Kind == FrameKind.Line ? "L:" + frame.Text : frame.Kind.ToString());
                }
            }
        }

        return frames;
    }

    private static void Write(LineFramer framer, byte[] bytes)
    {
        bytes.CopyTo(framer.WritableMemory());
        framer.Advance(bytes.Length);
    }
}
