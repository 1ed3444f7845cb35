using ActorChat.Chat.Settings;
using ActorChat.Hocon;

namespace ActorChat.Node.Configuration;

/// <summary>
/// The node's config layers, highest priority first: each <c>--set</c> (the last one wins), the
/// <c>--config</c> file, the embedded node.conf, then the libraries' reference.conf files.
/// </summary>
internal sealed class NodeConfiguration
{
    private NodeConfiguration(Config user, IReadOnlyList<ConfigLayer> layers)
    {
        User = user;
        Layers = layers;
    }

    /// <summary>--set, --config and node.conf merged (the libraries' references not included).</summary>
    public Config User { get; }

    public IReadOnlyList<ConfigLayer> Layers { get; }

    /// <summary>Loads every layer; a parse error (its message names file, line and column) is returned as a value.</summary>
    public static (NodeConfiguration? Config, string? Error) Load(NodeOptions options)
    {
        var layers = new List<ConfigLayer>();
        try
        {
            for (var i = options.Sets.Count - 1; i >= 0; i--)
            {
                var set = options.Sets[i];
                var eq = set.IndexOf('=', StringComparison.Ordinal);
                var hocon = set[..eq].Trim() + " = " + set[(eq + 1)..];
                layers.Add(new ConfigLayer("--set " + set, null, ConfigurationFactory.ParseString(hocon, "--set " + set)));
            }

            if (options.ConfigFile is { } file)
            {
                if (!File.Exists(file))
                {
                    return (null, $"config file not found: {file}");
                }

                layers.Add(new ConfigLayer(file, file, ConfigurationFactory.ParseFile(file)));
            }

            layers.Add(new ConfigLayer("node.conf (embedded)", null, ConfigurationFactory.FromResource(typeof(NodeConfiguration).Assembly, "ActorChat.Node.node.conf")));
            var user = layers.Select(l => l.Config).Aggregate((high, low) => high.WithFallback(low)).Resolve();
            return (new NodeConfiguration(user, layers), null);
        }
        catch (ConfigException e)
        {
            return (null, e.Message);
        }
    }

    /// <summary>The whole effective config, as the actor system and the chat service see it.</summary>
    public Config Effective() =>
        ChatReference.WithReference(User)
            .WithFallback(ConfigurationFactory.FromResource(typeof(ActorChat.Actors.ActorSystem).Assembly, "ActorChat.Actors.reference.conf"))
            .Resolve();

    /// <summary>
    /// Names where a key was set, for errors found after a value was read (e.g. out of range): the
    /// value's file:line:column when it came from a file (the --config file or one it includes),
    /// otherwise the layer's name (a --set option, node.conf) or reference.conf.
    /// </summary>
    public string Locate(string key)
    {
        foreach (var layer in Layers)
        {
            if (layer.Config.HasPath(key))
            {
                return layer.File is not null && layer.Config.GetOrigin(key) is { } origin ? origin.ToString() : layer.Name;
            }
        }

        return "reference.conf";
    }
}
