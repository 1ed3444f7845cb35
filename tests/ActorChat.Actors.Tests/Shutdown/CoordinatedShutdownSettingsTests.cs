using ActorChat.Actors.Shutdown;
using ActorChat.Hocon;

namespace ActorChat.Actors.Tests.Shutdown;

public sealed class CoordinatedShutdownSettingsTests
{
    private static readonly string[] DefaultOrder =
    [
        CoordinatedShutdown.PhaseBeforeServiceUnbind,
        CoordinatedShutdown.PhaseServiceUnbind,
        CoordinatedShutdown.PhaseServiceRequestsDone,
        CoordinatedShutdown.PhaseServiceStop,
        CoordinatedShutdown.PhaseBeforeClusterShutdown,
        CoordinatedShutdown.PhaseClusterShardingShutdownRegion,
        CoordinatedShutdown.PhaseClusterLeave,
        CoordinatedShutdown.PhaseClusterExiting,
        CoordinatedShutdown.PhaseClusterExitingDone,
        CoordinatedShutdown.PhaseClusterShutdown,
        CoordinatedShutdown.PhaseBeforeActorSystemTerminate,
        CoordinatedShutdown.PhaseActorSystemTerminate,
    ];

    [Fact]
    public void Settings_Reference_TwelvePhasesInAkkaOrderWithTimeoutsAndRecover()
    {
        var settings = Bind(string.Empty);

        Assert.Equal(DefaultOrder, settings.OrderedPhases);
        Assert.Equal(TimeSpan.FromSeconds(5), settings.DefaultPhaseTimeout);
        Assert.True(settings.TerminateActorSystem);
        Assert.False(settings.ExitClr);
        Assert.True(settings.RunByClrShutdownHook);
        Assert.True(settings.RunByActorSystemTerminate);
        Assert.All(settings.Phases.Values, p => Assert.True(p.Recover));
        string[] tenSeconds = [CoordinatedShutdown.PhaseClusterShardingShutdownRegion, CoordinatedShutdown.PhaseClusterExiting, CoordinatedShutdown.PhaseActorSystemTerminate];
        Assert.All(settings.Phases.Values, p => Assert.Equal(TimeSpan.FromSeconds(tenSeconds.Contains(p.Name) ? 10 : 5), p.Timeout));
        for (var i = 1; i < DefaultOrder.Length; i++)
        {
            Assert.Equal([DefaultOrder[i - 1]], settings.Phases[DefaultOrder[i]].DependsOn);
        }
    }

    [Fact]
    public void Settings_UserPhase_OrderedByItsDependencies()
    {
        var settings = Bind("""
            actorchat.coordinated-shutdown {
              default-phase-timeout = 2 s
              phases {
                drain-chat { depends-on = [service-unbind], recover = off }
                service-requests-done.depends-on = [service-unbind, drain-chat]
              }
            }
            """);

        var order = settings.OrderedPhases.ToList();
        Assert.Equal(13, order.Count);
        Assert.True(order.IndexOf(CoordinatedShutdown.PhaseServiceUnbind) < order.IndexOf("drain-chat"));
        Assert.True(order.IndexOf("drain-chat") < order.IndexOf(CoordinatedShutdown.PhaseServiceRequestsDone));
        var drain = settings.Phases["drain-chat"];
        Assert.Equal([CoordinatedShutdown.PhaseServiceUnbind], drain.DependsOn);
        Assert.Equal(TimeSpan.FromSeconds(2), drain.Timeout);
        Assert.False(drain.Recover);
        Assert.Equal(TimeSpan.FromSeconds(2), settings.Phases[CoordinatedShutdown.PhaseServiceStop].Timeout);
    }

    [Fact]
    public void Settings_Cycle_ConfigErrorNamesThePhases()
    {
        var e = Assert.Throws<ConfigException>(() => ActorSystem.Create("cycle", ConfigurationFactory.ParseString("""
            actorchat.coordinated-shutdown.phases {
              a { depends-on = [b] }
              b { depends-on = [a] }
            }
            """)));

        Assert.Contains("cycle: a -> b -> a", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_UnknownDependency_ConfigErrorNamesBothPhases()
    {
        var e = Assert.Throws<ConfigException>(() => ActorSystem.Create("unknown", ConfigurationFactory.ParseString(
            "actorchat.coordinated-shutdown.phases.drain { depends-on = [no-such-phase] }")));

        Assert.Contains("phase [drain] depends on unknown phase [no-such-phase]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_RunByTerminateWithoutTerminateActorSystem_ConfigErrorAtStartup()
    {
        var e = Assert.Throws<ConfigException>(() => ActorSystem.Create("combo", ConfigurationFactory.ParseString(
            "actorchat.coordinated-shutdown { terminate-actor-system = off, run-by-actor-system-terminate = on }")));

        Assert.Contains("run-by-actor-system-terminate = on requires terminate-actor-system = on", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Settings_SeveralProblems_AllReportedTogether()
    {
        var e = Assert.Throws<ConfigException>(() => ActorSystem.Create("many", ConfigurationFactory.ParseString("""
            actorchat.coordinated-shutdown {
              default-phase-timeout = -1 s
              exit-clr = maybe
              phases.x { depends-on = [y], timeout = 0 s }
            }
            """)));

        Assert.Contains("default-phase-timeout", e.Message, StringComparison.Ordinal);
        Assert.Contains("exit-clr", e.Message, StringComparison.Ordinal);
        Assert.Contains("phases.x.timeout", e.Message, StringComparison.Ordinal);
        Assert.Contains("unknown phase [y]", e.Message, StringComparison.Ordinal);
    }

    private static CoordinatedShutdownSettings Bind(string hocon)
    {
        var reference = ConfigurationFactory.FromResource(typeof(ActorSystem).Assembly, "ActorChat.Actors.reference.conf");
        var errors = new List<string>();
        var settings = CoordinatedShutdownSettings.Bind(ConfigurationFactory.ParseString(hocon).WithFallback(reference), errors);
        Assert.Empty(errors);
        return settings;
    }
}
