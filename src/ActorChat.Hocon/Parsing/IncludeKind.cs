namespace ActorChat.Hocon.Parsing;

/// <summary>The forms of <c>include</c> (hocon.md §19).</summary>
internal enum IncludeKind
{
    /// <summary><c>include "name"</c>: a file next to the including file, or a resource next to the including resource.</summary>
    Plain,

    /// <summary><c>include file("name")</c>: always a file, relative to the including file's directory.</summary>
    File,

    /// <summary><c>include classpath("name")</c>: treated as <see cref="Plain"/>.</summary>
    Classpath,

    /// <summary><c>include url("…")</c>: not supported, reported as a parse error.</summary>
    Url,
}
