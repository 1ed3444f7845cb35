namespace ActorChat.Hocon.Parsing;

/// <summary>One candidate include target: its identity (full path or resource name), text if it exists, and
/// the parse context its own includes are relative to.</summary>
internal sealed record IncludeSource(string Identity, string? Text, ParseContext Context)
{
    public static IncludeSource FromFile(ParseContext context, string name, SourceLocation at)
    {
        var directory = context.Directory ?? Environment.CurrentDirectory;
        var fullPath = Path.GetFullPath(name, directory);
        var childContext = context with { Directory = Path.GetDirectoryName(fullPath), ResourceAssembly = null, ResourcePrefix = null };
        if (!File.Exists(fullPath))
        {
            return new IncludeSource(fullPath, null, childContext);
        }

        try
        {
            return new IncludeSource(fullPath, File.ReadAllText(fullPath), childContext);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new HoconParseException(at, $"cannot read included file '{fullPath}': {e.Message}", e);
        }
    }

    public static IncludeSource FromResource(ParseContext context, string name)
    {
        var assembly = context.ResourceAssembly!;
        var resourceName = context.ResourcePrefix + name.Replace('/', '.').Replace('\\', '.');
        using var stream = assembly.GetManifestResourceStream(resourceName);
        if (stream is null)
        {
            return new IncludeSource(resourceName, null, context);
        }

        using var reader = new StreamReader(stream);
        return new IncludeSource(resourceName, reader.ReadToEnd(), context);
    }
}
