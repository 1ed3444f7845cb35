using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;

namespace ActorChat.Remote.Tests.Infrastructure;

/// <summary>
/// The ActorChat.Remote.TestNode app as a child process (<c>dotnet ActorChat.Remote.TestNode.dll</c>);
/// its output is kept for failure messages. Disposing kills it if it is still running.
/// </summary>
public sealed class ChildNode : IDisposable
{
    private const string AddressPrefix = "address ";
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly TaskCompletionSource<string> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildNode(Process process) => _process = process;

    public string Output => string.Join(Environment.NewLine, _lines);

    public static ChildNode Start()
    {
        var dll = typeof(ChildNode).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "TestNodePath").Value!;
        Assert.True(File.Exists(dll), $"TestNode not built at {dll}");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        var process = new Process { StartInfo = info, EnableRaisingEvents = true };
        var child = new ChildNode(process);
        process.OutputDataReceived += (_, e) => child.OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => child.OnLine(e.Data);
        process.Exited += (_, _) => child._address.TrySetException(new InvalidOperationException("TestNode exited before printing its address"));
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return child;
    }

    /// <summary>The address the node printed once remoting was up.</summary>
    public Task<string> AddressAsync(TimeSpan bound) => _address.Task.WaitAsync(bound);

    /// <summary>SIGKILL on Linux: no goodbye, no shutdown hooks, the kernel closes its sockets.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    /// <summary>Kills the node if it still runs and waits (bounded) until it is gone.</summary>
    public async Task StopAsync(TimeSpan bound)
    {
        KillIfRunning();
        await _process.WaitForExitAsync().WaitAsync(bound);
    }

    public void Dispose()
    {
        KillIfRunning();
        _process.Dispose();
    }

    private void KillIfRunning()
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
            // Never started or already gone.
        }
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        _lines.Enqueue(line);
        if (line.StartsWith(AddressPrefix, StringComparison.Ordinal))
        {
            _address.TrySetResult(line[AddressPrefix.Length..].Trim());
        }
    }
}
