using System.Globalization;
using System.Text;

namespace ActorChat.LoadGen.Report;

/// <summary>
/// Renders run results as markdown: one table for idle clients (connect) and one for messages
/// (direct, fanout, cross). Rows are configurations, with a group of columns per label (server),
/// in the order the labels first appear. A configuration run twice for a label shows the last run.
/// Pure: results in, markdown out.
/// </summary>
internal static class ComparisonTable
{
    private const string Missing = "—";

    public static string Render(IReadOnlyList<RunResult> results, string source, string? note = null)
    {
        var labels = results.Select(r => r.Label).Distinct(StringComparer.Ordinal).ToList();
        var md = new StringBuilder();
        md.AppendLine(Header(results, source));
        if (!string.IsNullOrWhiteSpace(note))
        {
            md.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"**{note.Trim()}**");
        }

        var connect = results.Where(r => r.Scenario == "connect").ToList();
        if (connect.Count > 0)
        {
            md.AppendLine().AppendLine("Idle clients (`connect`): time to connect and log in all clients; server RSS growth per client after a settle pause.").AppendLine();
            RenderTable(md, connect, labels, ["connect s", "bytes/idle client"], r => [Seconds(r.ConnectSeconds), Number(r.BytesPerIdleClient)]);
        }

        var messages = results.Where(r => r.Scenario != "connect").ToList();
        if (messages.Count > 0)
        {
            md.AppendLine().AppendLine("Messages: throughput (msg/s; fanout: deliveries/s), server CPU per message (fanout: per delivery), latency percentiles in µs from send to receipt.").AppendLine();
            RenderTable(md, messages, labels, ["throughput", "server CPU µs", "p50 / p99 / max µs"], r =>
            [
                Number(r.Scenario == "fanout" ? r.DeliveriesPerSec : r.MsgsPerSec),
                Decimal(r.Scenario == "fanout" ? r.ServerCpuUsPerDelivery : r.ServerCpuUsPerMessage),
                $"{Number(r.P50Us)} / {Number(r.P99Us)} / {Number(r.MaxUs)}",
            ]);
        }

        return md.ToString();
    }

    /// <summary>One table: configuration, columns per label, then the load average and notes per label.</summary>
    private static void RenderTable(StringBuilder md, List<RunResult> rows, List<string> labels, string[] columns, Func<RunResult, string[]> cells)
    {
        var header = new List<string> { "Configuration" };
        header.AddRange(labels.SelectMany(l => columns.Select(c => $"{l}: {c}")));
        header.Add("load (1 min)");
        header.Add("notes");
        md.AppendLine("| " + string.Join(" | ", header) + " |");
        md.AppendLine("|---|" + string.Concat(Enumerable.Repeat("---:|", labels.Count * columns.Length)) + "---|---|");

        foreach (var group in rows.GroupBy(Configuration, StringComparer.Ordinal))
        {
            var line = new List<string> { group.Key };
            var byLabel = labels.Select(l => group.LastOrDefault(r => r.Label == l)).ToList();
            foreach (var run in byLabel)
            {
                line.AddRange(run is null ? Enumerable.Repeat(Missing, columns.Length) : cells(run));
            }

            line.Add(string.Join(" / ", byLabel.Select(r => r?.LoadAvg1 is { } load ? load.ToString("F2", CultureInfo.InvariantCulture) : Missing)));
            line.Add(string.Join("; ", byLabel.OfType<RunResult>().Select(Notes).Where(n => n.Length > 0)));
            md.AppendLine("| " + string.Join(" | ", line) + " |");
        }
    }

    /// <summary>The row a result belongs to, e.g. "direct, 1,000 clients, 10,000 msg/s".</summary>
    internal static string Configuration(RunResult r)
    {
        var parts = new List<string> { r.Scenario };
        if (r.Scenario == "fanout")
        {
            parts[0] = $"fanout to {Number(r.Fanout)}";
        }

        parts.Add($"{Number(r.Clients)} clients");
        if (r.Scenario != "connect")
        {
            parts.Add(r.Rate > 0 ? $"{Number(r.Rate)} msg/s" : "full speed");
        }

        if (r.Scenario == "cross")
        {
            parts.Add(r.Port2 == r.Port ? "one node" : "two endpoints");
        }

        return string.Join(", ", parts);
    }

    /// <summary>
    /// What a reader must know to trust the cells: losses, errors, which side was saturated (a
    /// generator at its limit makes the throughput a floor), and a paced run whose schedule slipped.
    /// </summary>
    private static string Notes(RunResult r)
    {
        var notes = new List<string>();
        if (!r.Complete)
        {
            notes.Add($"INCOMPLETE ({r.Reason ?? "lost " + r.Lost})");
        }

        if (r.Errors > 0)
        {
            notes.Add($"{Number(r.Errors)} errors");
        }

        if (r.ServerCpuShare >= 0.9)
        {
            notes.Add($"server at {Percent(r.ServerCpuShare)} CPU");
        }

        if (r.LoadgenCpuShare >= 0.9)
        {
            notes.Add($"generator at {Percent(r.LoadgenCpuShare)} CPU");
        }

        if (r.StealPercent >= 5)
        {
            notes.Add($"{r.StealPercent:F0} % of CPU time stolen by the hypervisor");
        }

        if (r.PaceLagP99Us > 1000)
        {
            notes.Add($"pacing up to {Number(r.PaceLagP99Us)} µs late (p99)");
        }

        return notes.Count == 0 ? "" : $"{r.Label}: {string.Join(", ", notes)}";
    }

    private static string Header(IReadOnlyList<RunResult> results, string source)
    {
        var times = results.Select(r => r.Timestamp).Order(StringComparer.Ordinal).ToList();
        var span = times.Count == 0 ? "no runs" : $"{times[0]} to {times[^1]}";
        var cores = results.Select(r => r.ProcessorCount).Distinct().Select(c => c.ToString(CultureInfo.InvariantCulture));
        return $"Generated by `actorchat-loadgen report` from `{source}`: {results.Count} runs, {span}, " +
               $"processor count seen by the generator: {string.Join(", ", cores)}. Load = 1-minute load average at the start of each run (per label).";
    }

    private static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString("F0", CultureInfo.InvariantCulture) + " %" : Missing;

    private static string Number(double? value) =>
        value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : Missing;

    private static string Number(long? value) =>
        value is { } v ? v.ToString("N0", CultureInfo.InvariantCulture) : Missing;

    private static string Decimal(double? value) =>
        value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : Missing;

    private static string Seconds(double? value) =>
        value is { } v ? v.ToString("F2", CultureInfo.InvariantCulture) : Missing;
}
