namespace ActorChat.Hocon.Tests.Resolution;

/// <summary>hocon.md §17. Each test sets its own uniquely named variable in this process.</summary>
public sealed class EnvironmentTests
{
    private static string WithVariable(string? value, Func<string, string> test)
    {
        var name = "HOCON_TEST_" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        Environment.SetEnvironmentVariable(name, value);
        try
        {
            return test(name);
        }
        finally
        {
            Environment.SetEnvironmentVariable(name, null);
        }
    }

    [Fact]
    public void Resolve_OptionalOverride_UsesVariableAsString() =>
        WithVariable("9090", name =>
        {
            HoconAssert.ParsesTo($"port = 8080\nport = ${{?{name}}}", """{"port":"9090"}""");
            Assert.Equal(9090, ConfigurationFactory.ParseString($"port = 8080\nport = ${{?{name}}}").GetInt("port"));
            return name;
        });

    [Fact]
    public void Resolve_RequiredVariable_UsedWhenPathMissing() =>
        WithVariable("/home/x", name =>
        {
            HoconAssert.ParsesTo($"dir = ${{{name}}}\"/logs\"", """{"dir":"/home/x/logs"}""");
            return name;
        });

    [Fact]
    public void Resolve_VariableName_IsCaseSensitive() =>
        WithVariable("v", name =>
        {
            HoconAssert.ParsesTo($"a = ${{?{name.ToLowerInvariant()}}}", "{}");
            return name;
        });

    [Fact]
    public void Resolve_ConfigValue_WinsOverVariable() =>
        WithVariable("env", name =>
        {
            HoconAssert.ParsesTo($"{name} = config\na = ${{{name}}}", $$"""{"{{name}}":"config","a":"config"}""");
            return name;
        });

    [Fact]
    public void Resolve_ExplicitNull_BlocksVariable() =>
        WithVariable("env", name =>
        {
            HoconAssert.ParsesTo($"{name} = null\na = ${{{name}}}", $$"""{"{{name}}":null,"a":null}""");
            return name;
        });

    [Fact]
    public void Resolve_EmptyVariable_CountsAsDefined()
    {
        // .NET cannot set an empty variable portably, so the lookup is injected here.
        var root = ActorChat.Hocon.Parsing.Parser.Parse(
            "a = default\na = ${?EMPTY}\nb = x${EMPTY}y", "<string>", ActorChat.Hocon.Parsing.ParseContext.ForText(null));
        var resolved = ActorChat.Hocon.Resolution.Resolver.Resolve(root, hasSubstitutions: true, name => name == "EMPTY" ? "" : null);
        HoconAssert.JsonEqual("""{"a":"","b":"xy"}""", new Config(resolved).ToJson());
    }

    [Fact]
    public void Resolve_UnsetVariable_IsMissing()
    {
        var name = "HOCON_TEST_UNSET_" + Guid.NewGuid().ToString("N").ToUpperInvariant();
        var e = HoconAssert.ResolveFails($"a = ${{{name}}}");
        Assert.Contains(name, e.Message);
        Assert.Contains("environment variable", e.Message);
    }

    [Fact]
    public void Resolve_DottedPath_LooksUpWholePathText() =>
        WithVariable("dotted", name =>
        {
            // Process environment names may contain dots; the lookup uses the whole path text.
            var dotted = name + ".sub";
            Environment.SetEnvironmentVariable(dotted, "dotted");
            try
            {
                HoconAssert.ParsesTo($"a = ${{{dotted}}}", """{"a":"dotted"}""");
            }
            finally
            {
                Environment.SetEnvironmentVariable(dotted, null);
            }

            return name;
        });
}
