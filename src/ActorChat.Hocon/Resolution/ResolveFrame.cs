using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Resolution;

/// <summary>
/// One step of the resolver's stack: either the value of a path being computed from a history of
/// <paramref name="HistoryCount"/> entries (<paramref name="Entry"/> null), or one substitution or
/// concatenation being resolved. Used for cycle detection and for the chain shown in cycle errors.
/// </summary>
internal readonly record struct ResolveFrame(HoconPath? Path, Node? Entry, int HistoryCount);
