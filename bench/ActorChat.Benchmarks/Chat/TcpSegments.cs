using System.Buffers.Binary;
using System.Net.Sockets;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// The kernel's count of data segments a socket sent (Linux <c>tcp_info.tcpi_data_segs_out</c>). With
/// Nagle off and writes under the loopback MSS (~64 KB), one write syscall is one segment, so it
/// counts the writer's batches without touching its code; -1 where the platform does not say.
/// </summary>
internal static class TcpSegments
{
    private const int IpProtoTcp = 6;
    private const int TcpInfo = 11;
    private const int DataSegsOutOffset = 156;

    public static long DataSegmentsOut(Socket socket)
    {
        if (!OperatingSystem.IsLinux())
        {
            return -1;
        }

        Span<byte> info = stackalloc byte[256];
        var length = socket.GetRawSocketOption(IpProtoTcp, TcpInfo, info);
        return length >= DataSegsOutOffset + 4 ? BinaryPrimitives.ReadUInt32LittleEndian(info[DataSegsOutOffset..]) : -1;
    }
}
