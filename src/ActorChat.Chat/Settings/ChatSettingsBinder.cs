using System.Globalization;
using ActorChat.Hocon;

namespace ActorChat.Chat.Settings;

/// <summary>
/// Binds <see cref="ChatSettings"/> from a config that already has the chat reference.conf as a
/// fallback (<see cref="ChatReference.WithReference"/>). Every key is read; all problems are collected.
/// </summary>
public static class ChatSettingsBinder
{
    private const string Chat = "actorchat.chat.";

    public static ChatSettingsResult Bind(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var problems = new List<ConfigProblem>();
        var reader = new Reader(config, problems);

        var nodeName = reader.Read("actorchat.node.name", (c, k) => c.GetString(k), v => IsName(v) ? null : "must be 1-64 characters of A-Z a-z 0-9 _ - .", "node1");
        var hostname = reader.Read(Chat + "hostname", (c, k) => c.GetString(k), v => v.Length > 0 ? null : "must not be empty", "127.0.0.1");
        var port = reader.Read(Chat + "port", (c, k) => c.GetInt(k), v => v is >= 0 and <= 65535 ? null : "must be between 0 and 65535", 0);
        var maxLine = reader.Read(Chat + "max-line-length", (c, k) => c.GetByteSize(k), v => v is >= 16 and <= 1024 * 1024 ? null : "must be between 16 bytes and 1MiB", 4096);
        var maxName = reader.Read(Chat + "max-name-length", (c, k) => c.GetInt(k), v => v is >= 1 and <= 1024 ? null : "must be between 1 and 1024", 32);
        var maxClients = reader.Read(Chat + "max-clients", (c, k) => c.GetInt(k), v => v >= 1 ? null : "must be at least 1", 1);
        var outbound = reader.Read(Chat + "outbound-buffer-limit", (c, k) => c.GetByteSize(k), v => v is >= 1024 and <= int.MaxValue ? null : "must be between 1KiB and 2GiB", 1024 * 1024);
        var flush = reader.Read(Chat + "flush-threshold", (c, k) => c.GetByteSize(k), v => v is >= 512 and <= 16 * 1024 * 1024 ? null : "must be between 512 bytes and 16MiB", 65536);
        var readAhead = reader.Read(Chat + "read-ahead-lines", (c, k) => c.GetInt(k), v => v >= 1 ? null : "must be at least 1", 256);
        var backoffMin = reader.Read(Chat + "accept-backoff-min", (c, k) => c.GetTimeSpan(k, allowInfinite: false), v => v > TimeSpan.Zero ? null : "must be positive", TimeSpan.FromMilliseconds(10));
        var backoffMax = reader.Read(Chat + "accept-backoff-max", (c, k) => c.GetTimeSpan(k, allowInfinite: false), v => v > TimeSpan.Zero ? null : "must be positive", TimeSpan.FromSeconds(1));
        var socketReader = reader.Read(Chat + "socket-reader", (c, k) => c.GetString(k), v => v is "auto" or "epoll" or "async" ? null : "must be auto, epoll or async", "auto");
        var flushDelay = reader.Read(Chat + "max-flush-delay", (c, k) => c.GetTimeSpan(k, allowInfinite: false), v => v >= TimeSpan.Zero && v <= TimeSpan.FromSeconds(1) ? null : "must be between 0 and 1s", TimeSpan.FromMilliseconds(20));
        var closeTimeout = reader.Read(Chat + "close-timeout", (c, k) => c.GetTimeSpan(k, allowInfinite: false), v => v > TimeSpan.Zero ? null : "must be positive", TimeSpan.FromSeconds(2));

        if (problems.Count == 0 && backoffMax < backoffMin)
        {
            problems.Add(new ConfigProblem(Chat + "accept-backoff-max", $"config key '{Chat}accept-backoff-max' must not be below accept-backoff-min"));
        }

        if (problems.Count > 0)
        {
            return new ChatSettingsResult(null, problems);
        }

        return new ChatSettingsResult(
            new ChatSettings
            {
                NodeName = nodeName,
                Hostname = hostname,
                Port = port,
                MaxLineLength = (int)maxLine,
                MaxNameLength = maxName,
                MaxClients = maxClients,
                OutboundBufferLimit = outbound,
                FlushThreshold = (int)flush,
                ReadAheadLines = readAhead,
                AcceptBackoffMin = backoffMin,
                AcceptBackoffMax = backoffMax,
                CloseTimeout = closeTimeout,
                MaxFlushDelay = flushDelay,
                SocketReader = socketReader switch
                {
                    "epoll" => SocketReaderKind.Epoll,
                    "async" => SocketReaderKind.Async,
                    _ => SocketReaderKind.Auto,
                },
            },
            problems);
    }

    private static bool IsName(string value) =>
        value.Length is >= 1 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.');

    /// <summary>Reads one key; a type error (the HOCON message carries file and line) or a range error is recorded.</summary>
    private sealed class Reader(Config config, List<ConfigProblem> problems)
    {
        public T Read<T>(string key, Func<Config, string, T> get, Func<T, string?> check, T fallback)
        {
            try
            {
                var value = get(config, key);
                if (check(value) is { } reason)
                {
                    problems.Add(new ConfigProblem(key, string.Create(CultureInfo.InvariantCulture, $"config key '{key}' = {Render(value)}: {reason}")));
                    return fallback;
                }

                return value;
            }
            catch (ConfigException e)
            {
                problems.Add(new ConfigProblem(key, e.Message));
                return fallback;
            }
        }

        private static string Render<T>(T value) => value switch
        {
            string s => "\"" + s + "\"",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value?.ToString() ?? "null",
        };
    }
}
