using ActorChat.Hocon;

namespace ActorChat.Node.Configuration;

/// <summary>One source of config; <see cref="File"/> is set for a file on disk.</summary>
internal sealed record ConfigLayer(string Name, string? File, Config Config);
