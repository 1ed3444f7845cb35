namespace ActorChat.Chat.Management.Palettes;

/// <summary>
/// One CLI command (<c>PALETTE NAME [ARGS]</c>) and the JSON-RPC method it calls. Streaming commands
/// run until cancelled; <see cref="Confirm"/> commands ask before running unless <c>--yes</c>.
/// </summary>
public sealed record CommandSpec(string Palette, string Name, string Method, string Description, IReadOnlyList<ArgumentSpec> Arguments, bool Streaming = false, bool Confirm = false);
