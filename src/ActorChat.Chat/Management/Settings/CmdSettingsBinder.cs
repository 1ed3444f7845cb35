using ActorChat.Chat.Settings;
using ActorChat.Hocon;

namespace ActorChat.Chat.Management.Settings;

/// <summary>Binds <see cref="CmdSettings"/> from a config with the chat reference.conf as fallback; all problems are collected.</summary>
public static class CmdSettingsBinder
{
    private const string Cmd = "actorchat.cmd.";

    public static (CmdSettings? Settings, IReadOnlyList<ConfigProblem> Problems) Bind(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<ConfigProblem>();
        T Read<T>(string key, Func<string, T> get, Func<T, string?> check, T fallback)
        {
            try
            {
                var value = get(Cmd + key);
                if (check(value) is { } reason)
                {
                    problems.Add(new ConfigProblem(Cmd + key, $"config key '{Cmd}{key}' = {value}: {reason}"));
                    return fallback;
                }

                return value;
            }
            catch (ConfigException e)
            {
                problems.Add(new ConfigProblem(Cmd + key, e.Message));
                return fallback;
            }
        }

        var enabled = Read("enabled", config.GetBoolean, _ => null, true);
        var hostname = Read("hostname", config.GetString, v => v.Length > 0 ? null : "must not be empty", "127.0.0.1");
        var port = Read("port", config.GetInt, v => v is >= 0 and <= 65535 ? null : "must be between 0 and 65535", 0);
        var token = Read("token", config.GetString, _ => null, string.Empty);
        var maxRequest = Read("max-request-length", config.GetByteSize, v => v is >= 256 and <= 16 * 1024 * 1024 ? null : "must be between 256 bytes and 16MiB", 65536);
        var logBuffer = Read("log-buffer-size", config.GetInt, v => v is >= 1 and <= 1_000_000 ? null : "must be between 1 and 1000000", 1000);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        return (new CmdSettings
        {
            Enabled = enabled,
            Hostname = hostname,
            Port = port,
            Token = token,
            MaxRequestLength = (int)maxRequest,
            LogBufferSize = logBuffer,
        }, problems);
    }
}
