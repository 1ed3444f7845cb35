namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>hocon.md §19, with real files in a temporary directory.</summary>
public sealed class IncludeTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Include_SpecExample_RebasesSubstitutions()
    {
        _dir.Write("inc.conf", "port = 80\nurl = \"h:\"${port}");
        var main = _dir.Write("main.conf", "svc { include \"inc.conf\" }\nsvc.port = 81");
        HoconAssert.JsonEqual("""{"svc":{"port":81,"url":"h:81"}}""", ConfigurationFactory.ParseFile(main).ToJson());
    }

    [Fact]
    public void Include_RebasedPathMissing_FallsBackToRoot()
    {
        _dir.Write("inc.conf", "url = \"h:\"${port}");
        var main = _dir.Write("main.conf", "port = 1\nsvc { include \"inc.conf\" }");
        Assert.Equal("h:1", ConfigurationFactory.ParseFile(main).GetString("svc.url"));
    }

    [Fact]
    public void Include_FieldsMergeAtIncludePoint_LaterKeysWin()
    {
        _dir.Write("inc.conf", "a = inc\nb = inc\nc = inc");
        var main = _dir.Write("main.conf", "a = before\ninclude \"inc.conf\"\nb = after");
        HoconAssert.JsonEqual("""{"a":"inc","b":"after","c":"inc"}""", ConfigurationFactory.ParseFile(main).ToJson());
    }

    [Fact]
    public void Include_ObjectsMergeWithIncludedObjects()
    {
        _dir.Write("inc.conf", "o { x = 1, y = 1 }");
        var main = _dir.Write("main.conf", "o { w = 0 }\ninclude \"inc.conf\"\no { y = 2 }");
        HoconAssert.JsonEqual("""{"o":{"w":0,"x":1,"y":2}}""", ConfigurationFactory.ParseFile(main).ToJson());
    }

    [Fact]
    public void Include_RelativeToIncludingFile_NotWorkingDirectory()
    {
        _dir.Write("conf/sub/leaf.conf", "leaf = true");
        _dir.Write("conf/sub/mid.conf", "include \"leaf.conf\"\nmid = true");
        _dir.Write("conf/main.conf", "include \"sub/mid.conf\"\nmain = true");
        var config = ConfigurationFactory.ParseFile(Path.Combine(_dir.Path, "conf", "main.conf"));
        Assert.True(config.GetBoolean("leaf"));
        Assert.True(config.GetBoolean("mid"));
        Assert.True(config.GetBoolean("main"));
    }

    [Fact]
    public void Include_ParentDirectory_Works()
    {
        _dir.Write("shared.conf", "shared = 1");
        var main = _dir.Write("nodes/node1.conf", "include \"../shared.conf\"");
        Assert.Equal(1, ConfigurationFactory.ParseFile(main).GetInt("shared"));
    }

    [Fact]
    public void Include_FileForm_RelativeToIncludingFile()
    {
        _dir.Write("a/b.conf", "b = 2");
        var main = _dir.Write("a/main.conf", "include file(\"b.conf\")\nnested { include required( file( \"b.conf\" ) ) }");
        var config = ConfigurationFactory.ParseFile(main);
        Assert.Equal(2, config.GetInt("b"));
        Assert.Equal(2, config.GetInt("nested.b"));
    }

    [Fact]
    public void Include_RequiredPresent_Loads()
    {
        _dir.Write("r.conf", "r = 1");
        var main = _dir.Write("main.conf", "include required(\"r.conf\")");
        Assert.Equal(1, ConfigurationFactory.ParseFile(main).GetInt("r"));
    }

    [Fact]
    public void Include_RequiredMissing_ThrowsNamingFileAndLocation()
    {
        var main = _dir.Write("main.conf", "a = 1\ninclude required(\"nope.conf\")");
        var e = Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseFile(main));
        Assert.Contains("required include 'nope.conf' not found", e.Message);
        Assert.Equal(2, e.Line);
        Assert.Equal(main, e.File);
    }

    [Fact]
    public void Include_OptionalMissing_IsIgnored()
    {
        var main = _dir.Write("main.conf", "include \"nope.conf\"\ninclude file(\"nope2.conf\")\na = 1");
        HoconAssert.JsonEqual("""{"a":1}""", ConfigurationFactory.ParseFile(main).ToJson());
    }

    [Fact]
    public void Include_Cycle_ThrowsNamingChain()
    {
        _dir.Write("a.conf", "include \"b.conf\"\na = 1");
        _dir.Write("b.conf", "include \"a.conf\"\nb = 1");
        var e = Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseFile(Path.Combine(_dir.Path, "a.conf")));
        Assert.Contains("include cycle", e.Message);
        Assert.Contains("a.conf -> ", e.Message);
    }

    [Fact]
    public void Include_Self_ThrowsCycle()
    {
        var main = _dir.Write("self.conf", "include \"self.conf\"");
        Assert.Contains("include cycle", Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseFile(main)).Message);
    }

    [Fact]
    public void Include_SameFileTwice_IsNotACycle()
    {
        _dir.Write("x.conf", "x += 1");
        var main = _dir.Write("main.conf", "include \"x.conf\"\ninclude \"x.conf\"");
        Assert.Equal([1, 1], ConfigurationFactory.ParseFile(main).GetIntList("x"));
    }

    [Fact]
    public void Include_NoExtension_LoadsJsonThenConf()
    {
        _dir.Write("defaults.json", """{ "a": "json", "b": "json" }""");
        _dir.Write("defaults.conf", "b = conf");
        var main = _dir.Write("main.conf", "include \"defaults\"");
        HoconAssert.JsonEqual("""{"a":"json","b":"conf"}""", ConfigurationFactory.ParseFile(main).ToJson());
    }

    [Fact]
    public void Include_ParseErrorInIncludedFile_NamesThatFile()
    {
        var inc = _dir.Write("bad.conf", "ok = 1\nbad = [1,,2]");
        var main = _dir.Write("main.conf", "include \"bad.conf\"");
        var e = Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseFile(main));
        Assert.Equal(inc, e.File);
        Assert.Equal(2, e.Line);
        Assert.StartsWith($"{inc}:2:", e.Message);
    }

    [Fact]
    public void Include_IncludedRootArray_Throws()
    {
        _dir.Write("arr.conf", "[1, 2]");
        var main = _dir.Write("main.conf", "include \"arr.conf\"");
        Assert.Contains("root of a config must be an object", Assert.Throws<HoconParseException>(() => ConfigurationFactory.ParseFile(main)).Message);
    }

    [Fact]
    public void Include_PlusEqualsInIncludedFile_UsesFullPath()
    {
        _dir.Write("roles.conf", "roles += b");
        var main = _dir.Write("main.conf", "node { roles = [a]\ninclude \"roles.conf\" }");
        Assert.Equal(["a", "b"], ConfigurationFactory.ParseFile(main).GetStringList("node.roles"));
    }

    [Fact]
    public void Include_FromParsedText_UsesIncludeDirectory()
    {
        _dir.Write("inc.conf", "x = 1");
        var config = ConfigurationFactory.ParseString("include \"inc.conf\"", new ConfigParseOptions { IncludeDirectory = _dir.Path });
        Assert.Equal(1, config.GetInt("x"));
    }

    [Theory]
    [InlineData("include url(\"http://x/a.conf\")", "not supported")]
    [InlineData("include required(\"a.conf\"", "expected ')'")]
    [InlineData("include required(x)", "expected a quoted file name inside the include")]
    [InlineData("include required( 5 )", "expected a quoted file name")]
    [InlineData("include required( [1] )", "expected a quoted file name after 'include', found '['")]
    [InlineData("include bogus(\"a\")", "expected ':', '=' or '{'")]
    public void Include_BadSyntax_Throws(string hocon, string expected) =>
        Assert.Contains(expected, HoconAssert.ParseFails(hocon).Message);

    [Fact]
    public void Include_KeywordOnlyAtKeyStart_OtherwiseOrdinary() =>
        HoconAssert.ParsesTo("\"include\" = 1\nx = include\nfoo include = 2", """{"include":1,"x":"include","foo include":2}""");
}
