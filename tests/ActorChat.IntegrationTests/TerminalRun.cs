using System.Diagnostics;
using System.Text;

namespace ActorChat.IntegrationTests;

/// <summary>
/// Runs <c>actorchat-cmd</c> under a pseudo-terminal made by util-linux <c>script</c>, so the tool
/// sees a real TTY (key-by-key editing, Ctrl+C as SIGINT). Keys go in through script's stdin; the
/// terminal's output is collected, and <see cref="WaitForAsync"/> waits for text to appear in it.
/// </summary>
public sealed class TerminalRun : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _screen = new();
    private readonly SemaphoreSlim _changed = new(0);
    private readonly Task _pump;
    private int _seen;

    private TerminalRun(Process process)
    {
        _process = process;
        _pump = Task.Run(PumpAsync);
    }

    public static bool Available => File.Exists("/usr/bin/script");

    public string Screen
    {
        get
        {
            lock (_screen)
            {
                return _screen.ToString();
            }
        }
    }

    public static TerminalRun StartCmd(params string[] args)
    {
        var dll = ToolRun.DllPath("CmdPath");
        // exec: script runs the line through $SHELL -c, and dash (CI's /bin/sh) forks instead of
        // replacing itself, so the shell would share the pty's process group and die of the Ctrl+C
        // meant for the tool, making script report 130.
        var command = "exec " + string.Join(' ', new[] { "dotnet", dll }.Concat(args).Select(a => "'" + a + "'"));

        // -q no banner, -f flush each write, -e the child's exit code, /dev/null no typescript file.
        var info = new ProcessStartInfo("script") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-qfec", command, "/dev/null" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment["TERM"] = "dumb";
        info.Environment["SHELL"] = "/bin/sh";
        info.Environment.Remove("ACTORCHAT_CMD_TOKEN");
        return new TerminalRun(Process.Start(info)!);
    }

    public async Task TypeAsync(string keys)
    {
        await _process.StandardInput.WriteAsync(keys);
        await _process.StandardInput.FlushAsync();
    }

    /// <summary>Waits until <paramref name="text"/> appears after the previous match, then moves past it.</summary>
    public async Task WaitForAsync(string text)
    {
        using var bound = new CancellationTokenSource(NodeProcess.Bound);
        while (true)
        {
            var screen = Screen;
            var at = screen.IndexOf(text, _seen, StringComparison.Ordinal);
            if (at >= 0)
            {
                _seen = at + text.Length;
                return;
            }

            if (_pump.IsCompleted)
            {
                throw new InvalidOperationException($"terminal closed before \"{text}\" appeared; screen:\n{screen}");
            }

            try
            {
                await _changed.WaitAsync(bound.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"\"{text}\" did not appear within {NodeProcess.Bound}; screen:\n{screen}");
            }
        }
    }

    public bool HasShownSinceLastMatch(string text) => Screen.IndexOf(text, _seen, StringComparison.Ordinal) >= 0;

    public async Task<int> WaitForExitAsync()
    {
        await _process.WaitForExitAsync().WaitAsync(NodeProcess.Bound);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        _changed.Dispose();
    }

    private async Task PumpAsync()
    {
        var buffer = new char[4096];
        int n;
        while ((n = await _process.StandardOutput.ReadAsync(buffer)) > 0)
        {
            lock (_screen)
            {
                _screen.Append(buffer, 0, n);
            }

            _changed.Release();
        }

        _changed.Release();
    }
}
