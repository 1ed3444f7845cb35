using System.Diagnostics;
using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>Server and generator CPU time at one moment; two samples bracket the measured phase.</summary>
internal readonly record struct CpuSample(long Timestamp, long? ServerMicros, long? LoadgenMicros, MachineCpu? Machine)
{
    public static CpuSample Take(ServerProbe server) =>
        new(Stopwatch.GetTimestamp(), server.CpuMicros(), ProcessProbe.Self.CpuMicros(), ProcessProbe.Machine());
}
