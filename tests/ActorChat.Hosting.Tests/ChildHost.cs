using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace ActorChat.Hosting.Tests;

/// <summary>
/// The ActorChat.Hosting.TestHost app running as a child process (<c>dotnet ActorChat.Hosting.TestHost.dll</c>),
/// its stdout collected line by line. Disposing kills it if it is still running.
/// </summary>
public sealed class ChildHost : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _awaited = new();

    private ChildHost(Process process) => _process = process;

    public IReadOnlyList<string> Lines => [.. _lines];

    public int ExitCode => _process.ExitCode;

    public static ChildHost Start(params string[] args)
    {
        var dll = typeof(ChildHost).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestHostPath").Value!;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var child = new ChildHost(process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>Waits until the child printed exactly <paramref name="line"/>.</summary>
    public Task WaitForLineAsync(string line, TimeSpan bound)
    {
        var waiter = _awaited.GetOrAdd(line, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_lines.Contains(line))
        {
            waiter.TrySetResult();
        }

        return waiter.Task.WaitAsync(bound);
    }

    /// <summary>Sends a signal with the system's <c>kill</c> command.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync().WaitAsync(TestHostFactory.Bound);
        Assert.Equal(0, kill.ExitCode);
    }

    public Task WaitForExitAsync(TimeSpan bound) => _process.WaitForExitAsync().WaitAsync(bound);

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (_awaited.TryGetValue(line, out var waiter))
        {
            waiter.TrySetResult();
        }
    }
}
