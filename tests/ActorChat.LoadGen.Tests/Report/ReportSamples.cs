using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Tests.Report;

/// <summary>Result records for the report tests.</summary>
internal static class ReportSamples
{
    public static RunResult Run(string label, string scenario, double? msgsPerSec = null, long? p50 = null, int clients = 1000, double rate = 0, double load = 1.25) => new()
    {
        Label = label,
        Protocol = label == "ngircd" ? "irc" : "line",
        Scenario = scenario,
        Port = 1234,
        Port2 = scenario == "cross" ? 1234 : null,
        Clients = clients,
        Fanout = scenario == "fanout" ? 100 : null,
        Rate = rate,
        Messages = 1000,
        Complete = true,
        MsgsPerSec = msgsPerSec,
        DeliveriesPerSec = scenario == "fanout" ? msgsPerSec * 100 : msgsPerSec,
        P50Us = p50,
        P99Us = p50 * 10,
        MaxUs = p50 * 20,
        ServerCpuUsPerMessage = 6.5,
        ServerCpuUsPerDelivery = scenario == "fanout" ? 0.065 : 6.5,
        LoadAvg1 = load,
        ProcessorCount = 2,
        Timestamp = "2026-11-22T04:00:00.000Z",
    };
}
