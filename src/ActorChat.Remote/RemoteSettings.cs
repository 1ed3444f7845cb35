using ActorChat.Hocon;

namespace ActorChat.Remote;

/// <summary>The <c>actorchat.remote</c> section, bound once when remoting starts.</summary>
public sealed record RemoteSettings
{
    /// <summary>Smallest allowed <see cref="MaximumFrameSize"/> (as in Akka.Remote).</summary>
    public const int MinimumFrameSize = 32000;

    public string Hostname { get; init; } = "";

    public int Port { get; init; } = 2552;

    public string PublicHostname { get; init; } = "";

    public int PublicPort { get; init; }

    public int MaximumFrameSize { get; init; } = 128000;

    /// <summary>Empty = no secret required.</summary>
    public string Secret { get; init; } = "";

    public TimeSpan HandshakeTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan ConnectionTimeout { get; init; } = TimeSpan.FromSeconds(15);

    public int OutboundQueueSize { get; init; } = 100_000;

    public int WriteBatchSize { get; init; } = 64 * 1024;

    public int OversizedFrameLimit { get; init; } = 16;

    public TimeSpan RetryGateClosedFor { get; init; } = TimeSpan.FromSeconds(5);

    public int SystemMessageBufferSize { get; init; } = 20_000;

    public TimeSpan ResendInterval { get; init; } = TimeSpan.FromSeconds(2);

    public bool TcpNoDelay { get; init; } = true;

    public int MaxInboundConnections { get; init; } = 256;

    public TimeSpan FlushWaitOnShutdown { get; init; } = TimeSpan.FromSeconds(2);

    public FailureDetectorSettings WatchFailureDetector { get; init; } = new();

    public TlsSettings Tls { get; init; } = new();

    internal static RemoteSettings Bind(Config config)
    {
        var errors = new List<string>();
        T Read<T>(string key, Func<string, T> read, T fallback)
        {
            var path = "actorchat.remote." + key;
            try
            {
                return read(path);
            }
            catch (Exception e) when (e is ConfigException or FormatException or ArgumentException or OverflowException)
            {
                errors.Add($"{path}: {e.Message}");
                return fallback;
            }
        }

        int Bytes(string p, long min)
        {
            var v = config.GetByteSize(p);
            return v < min || v > int.MaxValue / 2 ? throw new ArgumentException($"must be between {min} and {int.MaxValue / 2} bytes") : (int)v;
        }

        int Count(string p, int min)
        {
            var v = config.GetInt(p);
            return v < min ? throw new ArgumentException($"must be at least {min}") : v;
        }

        TimeSpan Positive(string p)
        {
            var v = config.GetTimeSpan(p, allowInfinite: false);
            return v <= TimeSpan.Zero ? throw new ArgumentException("must be positive") : v;
        }

        int Port(string p)
        {
            var v = config.GetInt(p);
            return v is < 0 or > 65535 ? throw new ArgumentException("must be 0..65535") : v;
        }

        string ExistingFile(string p)
        {
            var v = config.GetString(p);
            return v.Length > 0 && !File.Exists(v) ? throw new ArgumentException($"file \"{v}\" does not exist") : v;
        }

        const string Fd = "watch-failure-detector.";
        var settings = new RemoteSettings
        {
            Hostname = Read("hostname", config.GetString, ""),
            Port = Read("port", Port, 2552),
            PublicHostname = Read("public-hostname", config.GetString, ""),
            PublicPort = Read("public-port", Port, 0),
            MaximumFrameSize = Read("maximum-frame-size", p => Bytes(p, MinimumFrameSize), 128000),
            Secret = Read("secret", config.GetString, ""),
            HandshakeTimeout = Read("handshake-timeout", Positive, TimeSpan.FromSeconds(15)),
            ConnectionTimeout = Read("connection-timeout", Positive, TimeSpan.FromSeconds(15)),
            OutboundQueueSize = Read("outbound-queue-size", p => Count(p, 1), 100_000),
            WriteBatchSize = Read("write-batch-size", p => Bytes(p, 1024), 64 * 1024),
            OversizedFrameLimit = Read("oversized-frame-limit", p => Count(p, 0), 16),
            RetryGateClosedFor = Read("retry-gate-closed-for", p => config.GetTimeSpan(p, allowInfinite: false), TimeSpan.FromSeconds(5)),
            SystemMessageBufferSize = Read("system-message-buffer-size", p => Count(p, 1), 20_000),
            ResendInterval = Read("resend-interval", Positive, TimeSpan.FromSeconds(2)),
            TcpNoDelay = Read("tcp-nodelay", config.GetBoolean, true),
            MaxInboundConnections = Read("max-inbound-connections", p => Count(p, 1), 256),
            FlushWaitOnShutdown = Read("flush-wait-on-shutdown", p => config.GetTimeSpan(p, allowInfinite: false), TimeSpan.FromSeconds(2)),
            WatchFailureDetector = new FailureDetectorSettings
            {
                HeartbeatInterval = Read(Fd + "heartbeat-interval", Positive, TimeSpan.FromSeconds(1)),
                Threshold = Read(Fd + "threshold", p => config.GetDouble(p) is var t and > 0 ? t : throw new ArgumentException("must be positive"), 10.0),
                MaxSampleSize = Read(Fd + "max-sample-size", p => Count(p, 1), 200),
                MinStdDeviation = Read(Fd + "min-std-deviation", Positive, TimeSpan.FromMilliseconds(100)),
                AcceptableHeartbeatPause = Read(Fd + "acceptable-heartbeat-pause", p => config.GetTimeSpan(p, allowInfinite: false), TimeSpan.FromSeconds(10)),
                ReaperInterval = Read(Fd + "unreachable-nodes-reaper-interval", Positive, TimeSpan.FromSeconds(1)),
                ExpectedResponseAfter = Read(Fd + "expected-response-after", Positive, TimeSpan.FromSeconds(1)),
            },
            Tls = new TlsSettings
            {
                Enabled = Read("tls.enabled", config.GetBoolean, false),
                CertificatePath = Read("tls.certificate-path", ExistingFile, ""),
                CertificatePassword = Read("tls.certificate-password", config.GetString, ""),
                SuppressValidation = Read("tls.suppress-validation", config.GetBoolean, false),
            },
        };

        if (settings.Tls.Enabled && settings.Tls.CertificatePath.Length == 0)
        {
            errors.Add("actorchat.remote.tls.certificate-path: required when tls.enabled = on");
        }

        if (errors.Count > 0)
        {
            throw new ConfigException("Invalid remoting configuration:" + Environment.NewLine + "  " + string.Join(Environment.NewLine + "  ", errors));
        }

        return settings;
    }
}
