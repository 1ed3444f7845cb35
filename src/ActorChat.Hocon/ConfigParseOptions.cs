namespace ActorChat.Hocon;

/// <summary>Options for <see cref="ConfigurationFactory"/>'s parse methods.</summary>
public sealed class ConfigParseOptions
{
    /// <summary>The defaults: resolve at once, includes relative to the current directory for text.</summary>
    public static ConfigParseOptions Default { get; } = new();

    /// <summary>
    /// True (the default) resolves substitutions at once, like Akka.NET's ParseString, so an unresolvable
    /// <c>${x}</c> fails right here. False keeps them unresolved so the config can first be layered over
    /// fallbacks (<c>app.WithFallback(reference).Resolve()</c>) and substitutions see the fallbacks' values,
    /// as in lightbend's config.
    /// </summary>
    public bool Resolve { get; init; } = true;

    /// <summary>Directory that includes in parsed <em>text</em> are relative to; null means the current directory.
    /// Files always use their own directory.</summary>
    public string? IncludeDirectory { get; init; }

    /// <summary>The name errors give for parsed text; null means "&lt;string&gt;".</summary>
    public string? SourceName { get; init; }
}
