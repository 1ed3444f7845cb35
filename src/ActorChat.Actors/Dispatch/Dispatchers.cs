using System.Collections.Concurrent;
using ActorChat.Hocon;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Resolves a dispatcher id (a config path) to one shared dispatcher, bound once per id. Missing keys
/// fall back to <c>actorchat.actor.default-dispatcher</c>.
/// </summary>
internal sealed class Dispatchers(Config config)
{
    private readonly ConcurrentDictionary<string, MessageDispatcher> _byId = new(StringComparer.Ordinal);

    public MessageDispatcher Lookup(string dispatcherId) => _byId.GetOrAdd(dispatcherId, Create);

    private MessageDispatcher Create(string dispatcherId)
    {
        if (!config.HasPath(dispatcherId))
        {
            throw new ConfigException($"Dispatcher [{dispatcherId}] is not configured (no config section at that path).");
        }

        var section = config.GetConfig(dispatcherId).WithFallback(config.GetConfig(Props.DefaultDispatcherId));
        var errors = new List<string>();
        var type = section.GetString("type", "thread-pool");
        if (type != "thread-pool")
        {
            errors.Add($"type: unknown dispatcher type '{type}' (known: thread-pool)");
        }

        var throughput = section.GetInt("throughput", 30);
        if (throughput <= 0)
        {
            errors.Add($"throughput: must be positive, got {throughput}");
        }

        return errors.Count == 0
            ? new ThreadPoolDispatcher(dispatcherId, throughput)
            : throw new ConfigException($"Dispatcher [{dispatcherId}]: {string.Join("; ", errors)}");
    }
}
