namespace ActorChat.Chat.Settings;

/// <summary>Either the bound settings or every problem found (all reported together).</summary>
public sealed record ChatSettingsResult(ChatSettings? Settings, IReadOnlyList<ConfigProblem> Problems)
{
    public bool IsValid => Settings is not null && Problems.Count == 0;
}
