using System.Globalization;

namespace ActorChat.LoadGen.Measure;

/// <summary>Human progress on stderr (stdout carries only the final JSON line).</summary>
internal static class Progress
{
    public static void Log(string message) =>
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[loadgen {DateTime.UtcNow:HH:mm:ss.fff}] {message}"));
}
