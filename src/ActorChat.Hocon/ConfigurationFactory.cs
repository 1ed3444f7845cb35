using System.Reflection;
using ActorChat.Hocon.Model;
using ActorChat.Hocon.Parsing;
using ActorChat.Hocon.Resolution;

namespace ActorChat.Hocon;

/// <summary>
/// Entry points that turn HOCON text into a <see cref="Config"/>. By default every method parses and then
/// resolves substitutions at once (Akka.NET's order), so errors surface here with file, line and column.
/// Pass <c>new ConfigParseOptions { Resolve = false }</c> to layer configs first and resolve after
/// <see cref="Config.WithFallback"/> (lightbend's order); see <see cref="Config"/>.
/// </summary>
public static class ConfigurationFactory
{
    private const string StringSource = "<string>";

    /// <summary>The config with no keys.</summary>
    public static Config Empty => Config.Empty;

    /// <summary>Parses and resolves text; errors are reported as <c>&lt;string&gt;:line:column</c>.</summary>
    /// <exception cref="HoconParseException">The text is not valid HOCON.</exception>
    /// <exception cref="ConfigResolveException">A substitution cannot be resolved.</exception>
    public static Config ParseString(string hocon) => ParseString(hocon, ConfigParseOptions.Default);

    /// <summary>Parses and resolves text; errors name <paramref name="sourceName"/>.</summary>
    public static Config ParseString(string hocon, string sourceName) =>
        ParseString(hocon, new ConfigParseOptions { SourceName = sourceName });

    /// <summary>Parses text with explicit options (e.g. <c>Resolve = false</c>).</summary>
    public static Config ParseString(string hocon, ConfigParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(hocon);
        ArgumentNullException.ThrowIfNull(options);
        var context = ParseContext.ForText(options.IncludeDirectory);
        var root = Parser.Parse(hocon, options.SourceName ?? StringSource, context);
        return Build(root, context.Stats, options);
    }

    /// <summary>Parses and resolves a file; includes are relative to the file's directory.</summary>
    /// <exception cref="ConfigSourceException">The file cannot be read.</exception>
    public static Config ParseFile(string path) => ParseFile(path, ConfigParseOptions.Default);

    public static Config ParseFile(string path, ConfigParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = Path.GetFullPath(path);
        string text;
        try
        {
            text = File.ReadAllText(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new ConfigSourceException($"cannot read config file '{path}': {e.Message}", e);
        }

        var context = ParseContext.ForText(Path.GetDirectoryName(fullPath)) with { IncludeChain = [fullPath] };
        var root = Parser.Parse(text, path, context);
        return Build(root, context.Stats, options);
    }

    /// <summary>
    /// Parses and resolves an embedded resource, e.g. a library's <c>reference.conf</c>. The name is the
    /// manifest resource name, or its file-name suffix when that is unique (<c>"reference.conf"</c> finds
    /// <c>"MyLib.reference.conf"</c>). Includes inside it look for resources next to it.
    /// </summary>
    /// <exception cref="ConfigSourceException">No (or more than one) resource matches.</exception>
    public static Config FromResource(Assembly assembly, string resourceName) =>
        FromResource(assembly, resourceName, ConfigParseOptions.Default);

    public static Config FromResource(Assembly assembly, string resourceName, ConfigParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        ArgumentNullException.ThrowIfNull(resourceName);
        ArgumentNullException.ThrowIfNull(options);
        var name = FindResource(assembly, resourceName);
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new ConfigSourceException($"embedded resource '{name}' could not be opened");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();

        var context = new ParseContext(null, assembly, ResourcePrefix(name), HoconPath.Root, [name], new ParseStats());
        var root = Parser.Parse(text, name, context);
        return Build(root, context.Stats, options);
    }

    private static Config Build(Syntax.ObjectNode root, ParseStats stats, ConfigParseOptions options)
    {
        var hasSubstitutions = stats.Substitutions > 0;
        if (!options.Resolve)
        {
            return new Config(root, hasSubstitutions);
        }

        ConfigObject resolved = Resolver.Resolve(root, hasSubstitutions, Environment.GetEnvironmentVariable);
        return new Config(resolved);
    }

    private static string FindResource(Assembly assembly, string resourceName)
    {
        var names = assembly.GetManifestResourceNames();
        if (names.Contains(resourceName, StringComparer.Ordinal))
        {
            return resourceName;
        }

        var suffix = "." + resourceName.Replace('/', '.').Replace('\\', '.');
        var matches = names.Where(n => n.EndsWith(suffix, StringComparison.Ordinal)).ToArray();
        return matches.Length switch
        {
            1 => matches[0],
            0 => throw new ConfigSourceException(
                $"no embedded resource '{resourceName}' in {assembly.GetName().Name} (has: {string.Join(", ", names)})"),
            _ => throw new ConfigSourceException(
                $"embedded resource name '{resourceName}' is ambiguous in {assembly.GetName().Name}: {string.Join(", ", matches)}"),
        };
    }

    /// <summary>"MyLib.Config.reference.conf" → "MyLib.Config.": includes are looked up next to the resource.</summary>
    private static string ResourcePrefix(string name)
    {
        var extension = name.LastIndexOf('.');
        var fileStart = extension > 0 ? name.LastIndexOf('.', extension - 1) : -1;
        return fileStart < 0 ? "" : name[..(fileStart + 1)];
    }
}
