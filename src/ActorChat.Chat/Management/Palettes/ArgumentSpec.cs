namespace ActorChat.Chat.Management.Palettes;

/// <summary>
/// One command argument as the CLI sees it (downloaded with the palettes): the JSON-RPC parameter it
/// fills, its switches, its type (<c>string</c>, <c>int</c>, <c>list</c>), and completion values.
/// </summary>
public sealed record ArgumentSpec(string Name, IReadOnlyList<string> Switches, string Type, string Description, bool Mandatory = false, string? Default = null, IReadOnlyList<string>? Values = null);
