namespace ActorChat.Cmd.Catalogue;

/// <summary>One command (<c>PALETTE NAME</c>) as downloaded from the node: the method it calls and its arguments.</summary>
internal sealed record CommandInfo(string Palette, string Name, string Method, string Description, bool Streaming, bool Confirm, IReadOnlyList<ArgumentInfo> Arguments)
{
    public string FullName => Palette + " " + Name;
}
