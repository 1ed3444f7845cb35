using ActorChat.LoadGen.Measure;

namespace ActorChat.LoadGen.Tests.Measure;

public sealed class ProcStatTests
{
    // A real /proc/PID/stat line, with a command name that holds spaces and parentheses.
    private const string Stat =
        "4242 (my (odd) server) S 1 4242 4242 0 -1 4194560 12000 0 3 0 1234 567 0 0 20 0 25 0 8000 3000000000 30000 18446744073709551615 1 1 0 0 0 0 0 4096 17663 0 0 0 17 1 0 0 0 0 0";

    private const string Status = "Name:\tactorchat-node\nUmask:\t0022\nState:\tS (sleeping)\nVmPeak:\t 3000000 kB\nVmRSS:\t  134772 kB\nRssAnon:\t   90000 kB\n";

    [Fact]
    public void ParseCpuTicks_CommandWithSpacesAndParens_UtimePlusStime()
    {
        Assert.Equal(1234 + 567, ProcStat.ParseCpuTicks(Stat));
    }

    [Fact]
    public void ParseCpuTicks_Truncated_Null()
    {
        Assert.Null(ProcStat.ParseCpuTicks("4242 (x) S 1 2 3"));
        Assert.Null(ProcStat.ParseCpuTicks(""));
    }

    [Fact]
    public void ParseRssKb_StatusText_VmRss()
    {
        Assert.Equal(134_772, ProcStat.ParseRssKb(Status));
        Assert.Null(ProcStat.ParseRssKb("Name:\tkthreadd\n"));
    }

    [Fact]
    public void ParseMachineCpu_ProcStat_TotalOfFirstEightAndSteal()
    {
        var stat = "cpu  1548702 16074 106327 871080 2927 0 8565 25458 0 0\ncpu0 775269 8636 52205 434855 2079 0 4578 12446 0 0\n";

        var cpu = ProcStat.ParseMachineCpu(stat);

        Assert.Equal(new MachineCpu(1548702 + 16074 + 106327 + 871080 + 2927 + 0 + 8565 + 25458, 25458), cpu);
        Assert.Null(ProcStat.ParseMachineCpu("intr 1 2 3\n"));
    }

    [Fact]
    public void StealPercent_TwoSamples_ShareOfTheInterval()
    {
        Assert.Equal(7.5, MachineCpu.StealPercent(new MachineCpu(1000, 100), new MachineCpu(1200, 115)));
        Assert.Null(MachineCpu.StealPercent(null, new MachineCpu(1200, 115)));
    }

    [Fact]
    public void ParseLoadAverage1_LoadavgText_FirstField()
    {
        Assert.Equal(2.04, ProcStat.ParseLoadAverage1("2.04 1.03 1.68 2/153 31535\n"));
    }

    [Fact]
    public void ProcessProbe_Self_ReadsCpuAndRss()
    {
        var self = ProcessProbe.Self;

        Assert.True(self.CpuMicros() >= 0);
        Assert.True(self.RssKb() > 1000);
    }
}
