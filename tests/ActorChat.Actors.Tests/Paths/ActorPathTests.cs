using ActorChat.Actors.Paths;
using ActorChat.Actors.Tests.Infrastructure;
using ActorChat.TestKit;

namespace ActorChat.Actors.Tests.Paths;

public sealed class ActorPathTests : ActorChat.TestKit.TestKit
{
    [Fact]
    public void Parse_LocalPathWithUid_RoundTrips()
    {
        var path = ActorPath.Parse("actorchat://sys/user/a/b#1234");
        Assert.Equal("sys", path.Address.System);
        Assert.True(path.Address.HasLocalScope);
        Assert.Equal(["user", "a", "b"], path.Elements);
        Assert.Equal(1234, path.Uid);
        Assert.Equal("actorchat://sys/user/a/b", path.ToString());
        Assert.Equal("actorchat://sys/user/a/b#1234", path.ToSerializationFormat());
    }

    [Fact]
    public void Parse_RemoteAddress_HasHostAndPort()
    {
        var path = ActorPath.Parse("actorchat.tcp://sys@host.example:2552/user/x");
        Assert.Equal(new Address("actorchat.tcp", "sys", "host.example", 2552), path.Address);
        Assert.Equal("actorchat.tcp://sys@host.example:2552/user/x", path.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("akka://sys/user")]
    [InlineData("actorchat:/sys/user")]
    [InlineData("actorchat.tcp://sys@host/user")]
    public void TryParse_Invalid_ReturnsFalse(string text) => Assert.False(ActorPath.TryParse(text, out _));

    [Fact]
    public void Equality_IgnoresUid_ButRefEqualityDoesNot()
    {
        var a = ActorPath.Parse("actorchat://sys/user/a#1");
        var b = ActorPath.Parse("actorchat://sys/user/a#2");
        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.Equal(0, a.CompareTo(b));

        var first = Sys.ActorOf(Props.Create<Echo>(), "same");
        Watch(first);
        Sys.Stop(first);
        ExpectTerminated(first);
        AwaitAssert(() =>
        {
            var second = Sys.ActorOf(Props.Create<Echo>(), "same");
            Assert.Equal(first.Path, second.Path);
            Assert.NotEqual(first, second);
            Assert.NotEqual(0, first.CompareTo(second));
        });
    }

    [Fact]
    public void CompareTo_OrdersByElements()
    {
        var a = ActorPath.Parse("actorchat://sys/user/a");
        var b = ActorPath.Parse("actorchat://sys/user/b");
        Assert.True(a < b);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(ActorPath.Parse("actorchat://sys/user").CompareTo(a) < 0);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("a-b_c.d*e+f:g@h&i=j,k!l~m'n;o(p)")]
    [InlineData("%20x")]
    public void IsValidPathElement_Legal_True(string name) => Assert.True(ActorPath.IsValidPathElement(name));

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("a b")]
    [InlineData("%2")]
    [InlineData("é")]
    public void IsValidPathElement_Illegal_False(string name) => Assert.False(ActorPath.IsValidPathElement(name));

    [Fact]
    public void ActorOf_NameStartingWithDollar_ThrowsInvalidActorName()
    {
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Echo>(), "$x"));
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Echo>(), "a/b"));
        Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Echo>(), ""));
    }

    [Fact]
    public void ActorOf_DuplicateName_ThrowsInvalidActorName()
    {
        Sys.ActorOf(Props.Create<Echo>(), "dup");
        var e = Assert.Throws<InvalidActorNameException>(() => Sys.ActorOf(Props.Create<Echo>(), "dup"));
        Assert.Contains("not unique", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "$a")]
    [InlineData(1, "$b")]
    [InlineData(26, "$A")]
    [InlineData(63, "$~")]
    [InlineData(64, "$ab")]
    [InlineData(65, "$bb")]
    public void GeneratedNames_AreLittleEndianBase64(long counter, string expected) =>
        Assert.Equal(expected, ActorNames.Generate(counter));

    [Fact]
    public void ActorOf_WithoutName_GeneratesDollarNamesAndNonZeroUids()
    {
        var first = Sys.ActorOf(Props.Create<Echo>());
        var second = Sys.ActorOf(Props.Create<Echo>());
        Assert.StartsWith("$", first.Path.Name, StringComparison.Ordinal);
        Assert.NotEqual(first.Path.Name, second.Path.Name);
        Assert.NotEqual(0, first.Path.Uid);
        Assert.Equal("actorchat://test/user/" + first.Path.Name, first.Path.ToString());
    }

    [Fact]
    public void Address_Parse_And_Format()
    {
        Assert.Equal("actorchat://sys", Address.Local("sys").ToString());
        Assert.Equal(new Address("actorchat.tcp", "s", "h", 1), Address.Parse("actorchat.tcp://s@h:1"));
        Assert.Throws<FormatException>(() => Address.Parse("http://x"));
    }
}
