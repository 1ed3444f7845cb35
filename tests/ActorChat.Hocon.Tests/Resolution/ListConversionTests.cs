namespace ActorChat.Hocon.Tests.Resolution;

/// <summary>hocon.md §23: objects with numeric keys read as lists where a list is needed.</summary>
public sealed class ListConversionTests
{
    [Fact]
    public void GetStringList_NumericKeys_SortedAsNumbers()
    {
        var config = ConfigurationFactory.ParseString("o { \"10\" = c, \"2\" = b, \"1\" = a, x = ignored }");
        Assert.Equal(["a", "b", "c"], config.GetStringList("o"));
    }

    [Fact]
    public void GetIntList_NumericKeys_Converts() =>
        Assert.Equal([5, 6], ConfigurationFactory.ParseString("o.0 = 5\no.1 = 6").GetIntList("o"));

    [Fact]
    public void GetStringList_EmptyObject_ThrowsWrongType() =>
        Assert.Throws<ConfigWrongTypeException>(() => ConfigurationFactory.ParseString("o {}").GetStringList("o"));

    [Fact]
    public void GetStringList_NoNumericKeys_ThrowsWrongType() =>
        Assert.Throws<ConfigWrongTypeException>(() => ConfigurationFactory.ParseString("o { a = 1 }").GetStringList("o"));

    [Fact]
    public void Tree_NumericKeys_StaysObject() =>
        HoconAssert.ParsesTo("o { \"0\" = a }", """{"o":{"0":"a"}}""");

    [Fact]
    public void Concatenation_ListWithNumericObject_Converts() =>
        HoconAssert.ParsesTo("o { \"1\" = b, \"0\" = a }\nl = [x] ${o}", """{"o":{"0":"a","1":"b"},"l":["x","a","b"]}""");

    [Fact]
    public void Concatenation_LiteralListWithNumericObject_Converts() =>
        HoconAssert.ParsesTo("l = [x] { \"0\" = a }", """{"l":["x","a"]}""");
}
