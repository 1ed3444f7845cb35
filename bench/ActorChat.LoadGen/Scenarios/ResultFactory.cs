using System.Globalization;
using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Measure;
using ActorChat.LoadGen.Report;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>The fields every result carries, filled from the options and the machine.</summary>
internal static class ResultFactory
{
    public static RunResult Base(LoadGenOptions options, double? loadAverage) => new()
    {
        Label = options.Label,
        Protocol = CliNames.Of(options.Protocol),
        Scenario = CliNames.Of(options.Scenario),
        Port = options.Port,
        Port2 = options.Scenario == Scenario.Cross ? options.Port2 : null,
        Clients = options.Clients,
        Fanout = options.Scenario == Scenario.Fanout ? options.Fanout : null,
        Rate = options.Rate,
        Window = options.Scenario == Scenario.Connect || options.Rate > 0 ? null : options.Window,
        PayloadBytes = options.Scenario == Scenario.Connect ? null : options.PayloadBytes,
        ConnectConcurrency = options.ConnectConcurrency,
        Messages = options.Messages,
        Warmup = options.Scenario == Scenario.Connect ? 0 : options.Warmup,
        LoadAvg1 = loadAverage,
        ProcessorCount = Environment.ProcessorCount,
        Timestamp = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
    };

    /// <summary>x / y, or null when either is unknown or y is zero.</summary>
    public static double? Ratio(double? x, double? y) => x is { } a && y is { } b && b > 0 ? a / b : null;
}
