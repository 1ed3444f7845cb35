using ActorChat.Hocon.Model;
using FsCheck;
using FsCheck.Fluent;

namespace ActorChat.Hocon.Tests.Rendering;

/// <summary>
/// Random resolved trees for round-trip properties, biased towards what breaks writers: keys with dots,
/// spaces, quotes, comment markers, the include keyword, empty keys; strings that look like numbers,
/// booleans or substitutions, control characters, BOMs and non-ASCII text.
/// </summary>
internal static class TreeGenerators
{
    private static readonly string[] AwkwardTexts =
    [
        "a", "b-c", "snake_case", "", " ", "a.b", "x y", "include", "true", "false", "null", "${x}", "${?y}", "#hash",
        "//slashes", "\"quoted\"", "back\\slash", "new\nline", "tab\t", "cr\r", "ünïcödé", "日本語", "\uFEFFbom", "1", "3.14",
        "-1", "k:v", "a=b", "[x]", "{y}", "+=", "\"\"\"", "  padded  ", "/user/a", "akka.tcp://sys@host:2552", "\u0001ctl",
        "nbsp\u00A0", "\u001Cfs", "$", "a,b", "?", "42", "1e3", "0x10", "on",
    ];

    private static readonly string[] Numbers =
        ["0", "-0", "42", "-17", "1.5", "-0.25", "1e3", "2.5E-3", "1.50", "9223372036854775807", "-9223372036854775808", "0.0"];

    public static Gen<string> Text =>
        Gen.Frequency(
            (3, Gen.Elements(AwkwardTexts)),
            (1, Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(cs => new string(cs))),
            (1, Gen.Elements("abcxyz.-_ \"\\#/$:{}[],=+".ToCharArray()).ArrayOf().Select(cs => new string(cs))));

    public static Gen<ConfigValue> Scalar =>
        Gen.Frequency(
            (4, Text.Select(t => (ConfigValue)ConfigScalar.String(t))),
            (2, Gen.Elements(Numbers).Select(n => (ConfigValue)ConfigScalar.Number(n))),
            (1, Gen.Choose(int.MinValue, int.MaxValue).Select(n => (ConfigValue)ConfigScalar.Number(n.ToString(System.Globalization.CultureInfo.InvariantCulture)))),
            (1, Gen.Elements(true, false).Select(b => (ConfigValue)ConfigScalar.Boolean(b))),
            (1, Gen.Constant((ConfigValue)ConfigScalar.Null)));

    public static Gen<ConfigObject> Object => Gen.Sized(size => ObjectOfDepth(Math.Min(size / 20, 3)));

    private static Gen<ConfigValue> Value(int depth) =>
        depth <= 0
            ? Scalar
            : Gen.Frequency(
                (4, Scalar),
                (1, ObjectOfDepth(depth - 1).Select(o => (ConfigValue)o)),
                (1, Value(depth - 1).ListOf(4).Select(items => (ConfigValue)new ConfigList([.. items]))));

    private static Gen<ConfigObject> ObjectOfDepth(int depth) =>
        Gen.Choose(0, 5).SelectMany(count =>
            Gen.Zip(Text, Value(depth)).ListOf(count).Select(fields =>
            {
                var dict = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
                foreach (var (key, value) in fields)
                {
                    dict[key] = value;
                }

                return new ConfigObject(dict);
            }));
}
