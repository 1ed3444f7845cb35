using System.Reflection;

namespace ActorChat.Hocon.Parsing;

/// <summary>
/// Where the text being parsed lives, so includes can be found relative to it, plus the state that spans
/// nested includes.
/// </summary>
/// <param name="Directory">Directory of the including file; null means the process's current directory.</param>
/// <param name="ResourceAssembly">When parsing an embedded resource, the assembly its includes come from.</param>
/// <param name="ResourcePrefix">The including resource's name up to its file name, e.g. "MyLib.Config.".</param>
/// <param name="IncludePrefix">Path of the include point; substitutions in this text are rebased onto it.</param>
/// <param name="IncludeChain">Identities (full paths) of the files being parsed, outermost first.</param>
/// <param name="Stats">Counters shared with the whole include tree.</param>
internal sealed record ParseContext(
    string? Directory,
    Assembly? ResourceAssembly,
    string? ResourcePrefix,
    HoconPath IncludePrefix,
    IReadOnlyList<string> IncludeChain,
    ParseStats Stats)
{
    public static ParseContext ForText(string? directory) =>
        new(directory, null, null, HoconPath.Root, [], new ParseStats());
}
