using System.Diagnostics;
using System.Reflection;

namespace ActorChat.IntegrationTests;

/// <summary>
/// Runs <c>actorchat-cmd</c> or <c>actorchat-client</c> (the dll path recorded at build time) to
/// completion with optional stdin, bounded by <see cref="NodeProcess.Bound"/>; stdin and stdout are
/// pipes, so the tools see no terminal.
/// </summary>
public sealed record ToolRun(int ExitCode, string Stdout, string Stderr)
{
    public static Task<ToolRun> CmdAsync(params string[] args) => RunAsync("CmdPath", null, args);

    public static Task<ToolRun> CmdWithInputAsync(string stdin, params string[] args) => RunAsync("CmdPath", stdin, args);

    public static Task<ToolRun> ClientAsync(string? stdin, params string[] args) => RunAsync("ClientPath", stdin, args);

    /// <summary>The built dll of a tool, by its build-time metadata key (NodePath, CmdPath, ClientPath).</summary>
    public static string DllPath(string tool) =>
        typeof(ToolRun).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == tool).Value!;

    public static Process Start(string tool, params string[] args)
    {
        var dll = DllPath(tool);
        var info = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["NO_COLOR"] = "1";
        info.Environment.Remove("ACTORCHAT_CMD_TOKEN");
        return Process.Start(info)!;
    }

    private static async Task<ToolRun> RunAsync(string tool, string? stdin, string[] args)
    {
        using var process = Start(tool, args);
        try
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
            }

            process.StandardInput.Close();
            await process.WaitForExitAsync().WaitAsync(NodeProcess.Bound);
            return new ToolRun(process.ExitCode, await stdout, await stderr);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }
}
