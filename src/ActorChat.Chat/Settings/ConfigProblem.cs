namespace ActorChat.Chat.Settings;

/// <summary>One invalid setting: the full key and what is wrong with it (the message may name file and line).</summary>
public sealed record ConfigProblem(string Key, string Message)
{
    public override string ToString() => Message;
}
