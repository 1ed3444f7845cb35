using ActorChat.Actors;
using ActorChat.Hocon;
using ActorChat.Remote.Tests.Infrastructure;

namespace ActorChat.Remote.Tests.Tls;

/// <summary>Node A runs TLS with a self-signed certificate created for the test.</summary>
public sealed class TlsTests : RemoteTestBase
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);
    private readonly TestCertificate _certificate;

    public TlsTests()
        : this(TestCertificate.Create("actorchat-cluster"))
    {
    }

    private TlsTests(TestCertificate certificate)
        : base(certificate.Hocon + "\nactorchat.remote.handshake-timeout = 3 s") => _certificate = certificate;

    [Fact]
    public async Task Tls_NodesShareCertificate_TellAskAndRefsWork()
    {
        var (b, remoteB, _) = StartNode("B", _certificate.Hocon);
        b.ActorOf(Props.Create<Echo>(), "echo");
        var echo = await Sys.ActorSelection(remoteB.Address + "/user/echo").ResolveOne(Wait);

        Assert.Equal("over tls", await echo.Ask<string>("over tls", Wait));
        echo.Tell(new ReplyTo("ref", TestActor), TestActor);
        Assert.Equal("ref", ExpectMsg<Reply>(Wait).Text);
        Assert.False(Logs.Has(3003));
    }

    [Fact]
    public async Task Tls_PlaintextPeer_ClosedWithLoggedReason()
    {
        using var peer = await RawPeer.ConnectAsync(Remote);
        await peer.SendAsync([0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8]);

        var (_, closed) = await peer.ReadUntilClosedAsync(Wait);

        Assert.True(closed);
        AwaitAssert(() => Assert.True(Logs.Has(3003, "Tls")), Wait);
    }

    [Fact]
    public void Tls_PeerWithOtherSelfSignedCertificate_Refused()
    {
        using var other = TestCertificate.Create("stranger");
        var (b, remoteB, logsB) = StartNode("B", other.Hocon);
        b.ActorOf(Props.Create<Echo>(), "echo");

        RemoteRef(remoteB, "/user/echo").Tell("hello", TestActor);

        AwaitAssert(() => Assert.True(Logs.Has(3003, "Tls") || logsB.Has(3003, "Tls")), Wait);
        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public void Tls_PeerWithoutTls_CannotAssociate()
    {
        var (b, remoteB, logsB) = StartNode("B");
        b.ActorOf(Props.Create<Echo>(), "echo");

        RemoteRef(remoteB, "/user/echo").Tell("hello", TestActor);

        AwaitAssert(() => Assert.True(Logs.Has(3003) || logsB.Has(3003)), Wait);
        ExpectNoMsg(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task Tls_EnabledWithoutCertificate_StartFailsWithConfigError()
    {
        var system = ActorSystem.Create("C", ConfigurationFactory.ParseString(Hocon + "\nactorchat.remote.tls.enabled = on"));
        try
        {
            var error = Assert.Throws<ConfigException>(() => Remoting.Start(system));
            Assert.Contains("tls.certificate-path", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            await system.Terminate().WaitAsync(Wait);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        _certificate.Dispose();
    }
}
