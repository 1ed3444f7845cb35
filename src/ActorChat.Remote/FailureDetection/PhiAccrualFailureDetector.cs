namespace ActorChat.Remote.FailureDetection;

/// <summary>
/// Phi-accrual failure detector (design notes §5.6). Inter-arrival intervals (ms) of the last
/// max-sample-size heartbeats give a mean and standard deviation; phi grows with the time since the
/// last heartbeat. Not thread-safe: its owner serializes calls.
/// </summary>
internal sealed class PhiAccrualFailureDetector
{
    private readonly FailureDetectorSettings _settings;
    private readonly TimeProvider _time;
    private readonly double[] _intervals;
    private int _count;
    private int _next;
    private double _sum;
    private double _sumSquares;
    private long? _lastTimestamp;

    public PhiAccrualFailureDetector(FailureDetectorSettings settings, TimeProvider time)
    {
        _settings = settings;
        _time = time;
        _intervals = new double[settings.MaxSampleSize];
    }

    public bool IsMonitoring => _lastTimestamp is not null;

    public bool IsAvailable => Phi() < _settings.Threshold;

    public void HeartBeat()
    {
        var now = _time.GetTimestamp();
        if (_lastTimestamp is not { } last)
        {
            // Bootstrap: two samples around the expected interval, so phi is defined from the start.
            var m = _settings.HeartbeatInterval.TotalMilliseconds;
            Add(m - (m / 4));
            Add(m + (m / 4));
        }
        else if (IsAvailable)
        {
            // A heartbeat after the node was declared unavailable would skew the history; skip it.
            Add(_time.GetElapsedTime(last, now).TotalMilliseconds);
        }

        _lastTimestamp = now;
    }

    /// <summary>Suspicion level now; 0 before the first heartbeat.</summary>
    public double Phi()
    {
        if (_lastTimestamp is not { } last || _count == 0)
        {
            return 0.0;
        }

        var delta = _time.GetElapsedTime(last).TotalMilliseconds;
        var mean = _sum / _count;
        var variance = Math.Max(0, (_sumSquares / _count) - (mean * mean));
        var sd = Math.Max(Math.Sqrt(variance), _settings.MinStdDeviation.TotalMilliseconds);
        return Phi(delta, mean + _settings.AcceptableHeartbeatPause.TotalMilliseconds, sd);
    }

    /// <summary>The logistic approximation of the normal CDF used by Akka (and Cassandra).</summary>
    internal static double Phi(double timeDiff, double mean, double stdDeviation)
    {
        var y = (timeDiff - mean) / stdDeviation;
        var e = Math.Exp(-y * (1.5976 + (0.070566 * y * y)));
        return timeDiff > mean
            ? -Math.Log10(e / (1.0 + e))
            : -Math.Log10(1.0 - (1.0 / (1.0 + e)));
    }

    private void Add(double interval)
    {
        if (_count == _intervals.Length)
        {
            var old = _intervals[_next];
            _sum -= old;
            _sumSquares -= old * old;
        }
        else
        {
            _count++;
        }

        _intervals[_next] = interval;
        _next = (_next + 1) % _intervals.Length;
        _sum += interval;
        _sumSquares += interval * interval;
    }
}
