using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ActorChat.IntegrationTests;

/// <summary>
/// A real <c>actorchat-node</c> child process (<c>dotnet actorchat-node.dll</c>, the path recorded at
/// build time). Started on port 0 unless told otherwise; <see cref="Port"/> is parsed from its
/// "chat listening on HOST:PORT" line. Disposing kills it if it is still running.
/// </summary>
public sealed partial class NodeProcess : IDisposable
{
    /// <summary>Bound for every wait (the machine is shared and slow, so generous).</summary>
    public static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _stdout = new();
    private readonly ConcurrentQueue<string> _stderr = new();
    private readonly TaskCompletionSource<int> _port = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _cmdPort;

    private NodeProcess(Process process) => _process = process;

    public int Port => _port.Task.IsCompletedSuccessfully ? _port.Task.Result : throw new InvalidOperationException("not listening yet");

    /// <summary>The management port (printed before the chat line, so known once <see cref="Port"/> is).</summary>
    public int CmdPort => Volatile.Read(ref _cmdPort) is > 0 and var port ? port : throw new InvalidOperationException("no cmd port printed");

    public int ExitCode => _process.ExitCode;

    public bool HasExited => _process.HasExited;

    public string Stdout => string.Join('\n', _stdout);

    public string Stderr => string.Join('\n', _stderr);

    /// <summary>Starts the node with <c>--set actorchat.chat.port=0</c> plus <paramref name="args"/>, without waiting.</summary>
    public static NodeProcess Launch(params string[] args)
    {
        var dll = ToolRun.DllPath("NodePath");
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--set");
        info.ArgumentList.Add("actorchat.chat.port=0");

        // Never the default 9110: nodes run in parallel and beside other processes.
        info.ArgumentList.Add("--set");
        info.ArgumentList.Add("actorchat.cmd.port=0");
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var process = new Process { StartInfo = info };
        var node = new NodeProcess(process);
        process.OutputDataReceived += (_, e) => node.OnStdout(e.Data);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                node._stderr.Enqueue(e.Data);
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return node;
    }

    /// <summary>Starts the node and waits until it listens.</summary>
    public static async Task<NodeProcess> StartAsync(params string[] args)
    {
        var node = Launch(args);
        try
        {
            var exited = node._process.WaitForExitAsync();
            var first = await Task.WhenAny(node._port.Task, exited).WaitAsync(Bound);
            if (first != node._port.Task)
            {
                throw new InvalidOperationException($"node exited ({node._process.ExitCode}) before listening:\n{node.Stdout}\n{node.Stderr}");
            }

            return node;
        }
        catch
        {
            node.Dispose();
            throw;
        }
    }

    /// <summary>Whether the node has printed a line containing <paramref name="text"/> (e.g. a log event id).</summary>
    public bool HasPrinted(string text) => _stdout.Any(l => l.Contains(text, StringComparison.Ordinal));

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(Bound);
        return _process.ExitCode;
    }

    /// <summary>Sends a signal with the system's <c>kill</c> command.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync().WaitAsync(Bound);
        Assert.Equal(0, kill.ExitCode);
    }

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

    [GeneratedRegex(@"chat listening on [^\s]+:(\d+)$")]
    private static partial Regex ListeningLine();

    [GeneratedRegex(@"cmd listening on [^\s]+:(\d+)$")]
    private static partial Regex CmdListeningLine();

    private void OnStdout(string? line)
    {
        if (line is null)
        {
            return;
        }

        _stdout.Enqueue(line);
        if (CmdListeningLine().Match(line) is { Success: true } cmd && line.StartsWith("actorchat-node", StringComparison.Ordinal))
        {
            Volatile.Write(ref _cmdPort, int.Parse(cmd.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        // The printed line (not the log line, event 2000): it comes after the "cmd listening on" line.
        if (line.StartsWith("actorchat-node", StringComparison.Ordinal) && ListeningLine().Match(line) is { Success: true } m)
        {
            _port.TrySetResult(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture));
        }
    }
}
