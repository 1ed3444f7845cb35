namespace ActorChat.Cmd.Catalogue;

/// <summary>One argument of a command, as downloaded from the node.</summary>
internal sealed record ArgumentInfo(string Name, IReadOnlyList<string> Switches, string Type, string Description, bool Mandatory, string? Default, IReadOnlyList<string> Values);
