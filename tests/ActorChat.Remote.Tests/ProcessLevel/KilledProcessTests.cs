using System.Diagnostics;
using ActorChat.Actors;
using ActorChat.Remote.FailureDetection;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests.ProcessLevel;

/// <summary>
/// Process level: a real ActorChat.Remote.TestNode child, SIGKILLed. Nothing says goodbye and the
/// kernel closes its sockets, so only the failure detector can tell the watcher; the bound is
/// derived from the detector settings below. Runs alone (its collection is not parallel): starting a
/// dotnet child takes the CPU other tests' heartbeats need.
/// </summary>
[Collection(ProcessLevelCollection.Name)]
public sealed class KilledProcessTests() : RemoteTestBase(FailureDetectorConfig)
{
    private const string FailureDetectorConfig = """
        actorchat.remote.watch-failure-detector {
          heartbeat-interval = 200 ms
          acceptable-heartbeat-pause = 1 s
          min-std-deviation = 100 ms
          unreachable-nodes-reaper-interval = 100 ms
          expected-response-after = 500 ms
        }
        """;

    /// <summary>Start-up of a dotnet child on a busy shared box, and each ask over loopback.</summary>
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);

    /// <summary>Thread and process scheduling on a loaded 2-core machine, on top of the detection time.</summary>
    private static readonly TimeSpan SchedulingSlack = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task Watch_RemoteProcessSigKilled_DeliversAddressTerminatedWithinDetectionTime()
    {
        var settings = Remote.Settings.WatchFailureDetector;
        var detection = DetectionTime(settings);
        using var child = ChildNode.Start();
        try
        {
            var address = await child.AddressAsync(Startup);
            var echo = await Sys.ActorSelection(address + "/user/echo").ResolveOne(Startup);
            Watch(echo);
            Assert.Equal("alive", await echo.Ask<string>("alive", Startup));
            AwaitAssert(() => Assert.True(Remote.GetAssociations().Single().State == AssociationState.Active), Startup);

            var stopwatch = Stopwatch.StartNew();
            child.Kill();
            var terminated = ExpectMsg<Terminated>(detection + SchedulingSlack);
            stopwatch.Stop();

            Assert.Equal(echo, terminated.ActorRef);
            Assert.True(terminated.AddressTerminated);
            Assert.True(terminated.ExistenceConfirmed);

            // No goodbye was sent, so it was the detector, which cannot fire before the acceptable pause.
            Assert.True(stopwatch.Elapsed >= settings.AcceptableHeartbeatPause, $"Terminated after {stopwatch.Elapsed}, before the acceptable pause");
            Assert.True(Logs.Has(3015));

            // A reconnect attempt started before the quarantine may still be failing (Connecting) for a moment.
            AwaitAssert(() => Assert.Equal(AssociationState.Quarantined, Remote.GetAssociations().Single().State), Startup);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Child output:{Environment.NewLine}{child.Output}", e);
        }
        finally
        {
            await child.StopAsync(Startup);
        }
    }

    /// <summary>
    /// Time after the last heartbeat at which phi reaches the threshold for a steady history
    /// (intervals = heartbeat-interval, deviation at its floor), plus one interval (the kill may fall
    /// just before a heartbeat was due) and one reaper interval (the check that acts on it).
    /// </summary>
    private static TimeSpan DetectionTime(FailureDetectorSettings s)
    {
        var mean = s.HeartbeatInterval.TotalMilliseconds + s.AcceptableHeartbeatPause.TotalMilliseconds;
        var sd = s.MinStdDeviation.TotalMilliseconds;
        var delta = mean;
        while (PhiAccrualFailureDetector.Phi(delta, mean, sd) < s.Threshold)
        {
            delta += 10;
        }

        return TimeSpan.FromMilliseconds(delta) + s.HeartbeatInterval + s.ReaperInterval;
    }
}
