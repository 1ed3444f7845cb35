using ActorChat.Hocon;

namespace ActorChat.Chat.Settings;

/// <summary>The chat library's embedded reference.conf (defaults and documentation of every key).</summary>
public static class ChatReference
{
    private static readonly Lazy<Config> Reference =
        new(() => ConfigurationFactory.FromResource(typeof(ChatReference).Assembly, "ActorChat.Chat.reference.conf"));

    public static Config Config => Reference.Value;

    public static Config WithReference(Config config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return config.WithFallback(Config);
    }
}
