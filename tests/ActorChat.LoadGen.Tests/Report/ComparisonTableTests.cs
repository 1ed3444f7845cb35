using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Tests.Report;

public sealed class ComparisonTableTests
{
    [Fact]
    public void Render_TwoLabels_OneRowPerConfigurationWithColumnsPerLabel()
    {
        RunResult[] runs =
        [
            ReportSamples.Run("actorchat", "direct", msgsPerSec: 210_000, p50: 90, load: 1.5),
            ReportSamples.Run("ngircd", "direct", msgsPerSec: 150_000, p50: 120, load: 1.75),
            ReportSamples.Run("actorchat", "direct", msgsPerSec: 10_000, p50: 60, rate: 10_000),
            ReportSamples.Run("ngircd", "direct", msgsPerSec: 10_000, p50: 70, rate: 10_000),
        ];

        var md = ComparisonTable.Render(runs, "bench/results/peers.jsonl");

        var lines = md.Split('\n');
        Assert.Contains("| Configuration | actorchat: throughput | actorchat: server CPU µs | actorchat: p50 / p99 / max µs | ngircd: throughput | ngircd: server CPU µs | ngircd: p50 / p99 / max µs | load (1 min) | notes |", lines);
        Assert.Contains("| direct, 1,000 clients, full speed | 210,000 | 6.50 | 90 / 900 / 1,800 | 150,000 | 6.50 | 120 / 1,200 / 2,400 | 1.50 / 1.75 |  |", lines);
        Assert.Contains("| direct, 1,000 clients, 10,000 msg/s | 10,000 | 6.50 | 60 / 600 / 1,200 | 10,000 | 6.50 | 70 / 700 / 1,400 | 1.25 / 1.25 |  |", lines);
        Assert.Contains("bench/results/peers.jsonl", md);
        Assert.DoesNotContain("Idle clients", md);
    }

    [Fact]
    public void Render_FanoutAndCross_PerDeliveryCellsAndMissingLabel()
    {
        RunResult[] runs =
        [
            ReportSamples.Run("actorchat", "fanout", msgsPerSec: 5_000, p50: 100, clients: 101),
            ReportSamples.Run("ngircd", "fanout", msgsPerSec: 3_000, p50: 200, clients: 101),
            ReportSamples.Run("actorchat", "cross", msgsPerSec: 80_000, p50: 50),
        ];

        var md = ComparisonTable.Render(runs, "r.jsonl");

        Assert.Contains("| fanout to 100, 101 clients, full speed | 500,000 | 0.07 | 100 / 1,000 / 2,000 | 300,000 | 0.07 |", md);
        Assert.Contains("| cross, 1,000 clients, full speed, one node | 80,000 | 6.50 | 50 / 500 / 1,000 | — | — | — | 1.25 / — |", md);
    }

    [Fact]
    public void Render_ConnectRuns_IdleTableAndNotes()
    {
        RunResult[] runs =
        [
            ReportSamples.Run("actorchat", "connect", clients: 10_000) with { ConnectSeconds = 1.234, BytesPerIdleClient = 2_950.4 },
            ReportSamples.Run("ngircd", "connect", clients: 10_000) with { ConnectSeconds = 2.5, BytesPerIdleClient = 2_700, Complete = false, Reason = "3 client(s) disconnected" },
            ReportSamples.Run("actorchat", "direct", msgsPerSec: 100_000, p50: 5) with { Errors = 12, LoadgenCpuShare = 0.97 },
            ReportSamples.Run("ngircd", "direct", msgsPerSec: 150_000, p50: 5) with { ServerCpuShare = 0.995, PaceLagP99Us = 12_345, StealPercent = 7.4 },
        ];

        var md = ComparisonTable.Render(runs, "r.jsonl", note: "QUICK smoke run, not the measurement");

        Assert.Contains("**QUICK smoke run, not the measurement**", md);
        Assert.Contains("| Configuration | actorchat: connect s | actorchat: bytes/idle client | ngircd: connect s | ngircd: bytes/idle client | load (1 min) | notes |", md);
        Assert.Contains("| connect, 10,000 clients | 1.23 | 2,950 | 2.50 | 2,700 | 1.25 / 1.25 | ngircd: INCOMPLETE (3 client(s) disconnected) |", md);
        Assert.Contains("actorchat: 12 errors, generator at 97 % CPU; ngircd: server at 100 % CPU, 7 % of CPU time stolen by the hypervisor, pacing up to 12,345 µs late (p99) |", md);
    }

    [Fact]
    public void Render_SameConfigurationTwice_LastRunShown()
    {
        RunResult[] runs =
        [
            ReportSamples.Run("actorchat", "direct", msgsPerSec: 1, p50: 1),
            ReportSamples.Run("actorchat", "direct", msgsPerSec: 2, p50: 2),
        ];

        var md = ComparisonTable.Render(runs, "r.jsonl");

        Assert.Contains("| direct, 1,000 clients, full speed | 2 |", md);
        Assert.DoesNotContain("| direct, 1,000 clients, full speed | 1 |", md);
    }
}
