using BenchmarkDotNet.Running;

namespace ActorChat.Benchmarks;

/// <summary>Runs any benchmark class in this assembly; pick with <c>--filter</c>, e.g. <c>--filter '*Hocon*'</c>.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
