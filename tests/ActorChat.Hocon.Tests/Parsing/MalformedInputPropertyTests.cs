using FsCheck;
using FsCheck.Fluent;
using FsConfig = FsCheck.Config;

namespace ActorChat.Hocon.Tests.Parsing;

/// <summary>
/// Random, mostly broken HOCON built from the grammar's own fragments: parsing and reading must either
/// succeed or throw a <see cref="ConfigException"/>, never a NullReference/IndexOutOfRange/Format exception.
/// </summary>
public sealed class MalformedInputPropertyTests
{
    private static readonly string[] Fragments =
    [
        "a", "b.c", "\"q.k\"", "=", ":", "+=", "{", "}", "[", "]", ",", "\n", " ", "\t", "${", "${?", "}", "\"", "\"\"\"",
        "\"s\"", "include ", "required(", "file(", "url(", ")", "#", "//", "1", "-", ".", "..", "1.5", "1e3", "true", "null",
        "$", "?", "\\", "\uFEFF", "\u00A0", "5s", "10MB", "infinite", "off", "${a}", "${?b}", "a = ${a}", "\r", "\u0001",
        "\"\\u12\"", "\"\\x\"", "0x1", "010",
    ];

    private static readonly FsConfig Settings = FsConfig.QuickThrowOnFailure.WithMaxTest(2000).WithEndSize(60);

    private static Gen<string> Documents =>
        Gen.Elements(Fragments).ListOf().Select(parts => string.Concat(parts));

    [Fact]
    public void ParseString_RandomFragments_FailsOnlyWithConfigException() =>
        Check.One(Settings, Prop.ForAll(Documents.ToArbitrary(), text =>
        {
            try
            {
                var config = ConfigurationFactory.ParseString(text);
                foreach (var (key, value) in config.AsEnumerable())
                {
                    TryRead(() => value.GetString());
                    TryRead(() => value.GetInt());
                    TryRead(() => value.GetDouble());
                    TryRead(() => value.GetBoolean());
                    TryRead(() => value.GetTimeSpan());
                    TryRead(() => value.GetByteSize());
                    TryRead(() => value.GetArray());
                    TryRead(() => config.GetStringList(key));
                    TryRead(() => config.GetConfig(key));
                }

                _ = config.ToString();
                _ = config.ToJson();
                return true;
            }
            catch (ConfigException)
            {
                return true;
            }
        }));

    [Fact]
    public void Getters_RandomPathText_FailOnlyWithConfigException()
    {
        var config = ConfigurationFactory.ParseString("a { b = 1, \"c.d\" = x, l = [1, 2] }");
        Check.One(Settings, Prop.ForAll(Documents.ToArbitrary(), path =>
        {
            TryRead(() => config.HasPath(path));
            TryRead(() => config.GetString(path, "d"));
            TryRead(() => config.GetConfig(path));
            TryRead(() => config.GetIntList(path));
            return true;
        }));
    }

    private static void TryRead(Func<object?> read)
    {
        try
        {
            _ = read();
        }
        catch (ConfigException)
        {
            // Expected for wrong types and bad paths.
        }
    }
}
