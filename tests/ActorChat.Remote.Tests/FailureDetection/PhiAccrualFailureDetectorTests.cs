using ActorChat.Remote.FailureDetection;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests.FailureDetection;

public sealed class PhiAccrualFailureDetectorTests
{
    [Fact]
    public void Phi_NoHeartbeatYet_IsZeroAndAvailable()
    {
        var fd = new PhiAccrualFailureDetector(new FailureDetectorSettings(), new ManualTimeProvider());
        Assert.Equal(0.0, fd.Phi());
        Assert.True(fd.IsAvailable);
    }

    [Fact]
    public void Phi_DefaultsSteadyHeartbeats_CrossesThresholdNear11Point6Seconds()
    {
        var time = new ManualTimeProvider();
        var fd = new PhiAccrualFailureDetector(new FailureDetectorSettings(), time);
        for (var i = 0; i < 100; i++)
        {
            fd.HeartBeat();
            time.Advance(TimeSpan.FromSeconds(1));
        }

        time.Advance(TimeSpan.FromSeconds(10.3));
        Assert.True(fd.IsAvailable, $"phi {fd.Phi()} at 11.3 s");
        time.Advance(TimeSpan.FromSeconds(0.6));
        Assert.False(fd.IsAvailable, $"phi {fd.Phi()} at 11.9 s");
    }

    [Fact]
    public void Phi_Formula_GrowsWithTimeSinceLastHeartbeat()
    {
        var a = PhiAccrualFailureDetector.Phi(1000, 1000, 100);
        var b = PhiAccrualFailureDetector.Phi(1500, 1000, 100);
        Assert.InRange(a, 0.2, 0.4);
        Assert.True(b > a);
    }
}
