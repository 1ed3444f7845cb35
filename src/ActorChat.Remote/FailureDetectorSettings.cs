namespace ActorChat.Remote;

/// <summary><c>actorchat.remote.watch-failure-detector</c>: the phi-accrual detector of remote DeathWatch.</summary>
public sealed record FailureDetectorSettings
{
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(1);

    public double Threshold { get; init; } = 10.0;

    public int MaxSampleSize { get; init; } = 200;

    public TimeSpan MinStdDeviation { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan AcceptableHeartbeatPause { get; init; } = TimeSpan.FromSeconds(10);

    public TimeSpan ReaperInterval { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan ExpectedResponseAfter { get; init; } = TimeSpan.FromSeconds(1);
}
