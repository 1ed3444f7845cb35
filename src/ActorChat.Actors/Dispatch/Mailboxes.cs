using System.Collections.Concurrent;
using ActorChat.Hocon;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Resolves a mailbox id (a config path, e.g. <c>actorchat.actor.default-mailbox</c>) to the queue
/// factory named by its <c>mailbox-type</c>. Built-in types: <c>unbounded</c>, <c>unbounded-deque</c>.
/// Extensions (bounded mailbox, stash) add types with <see cref="RegisterMailboxType"/>; each id is
/// bound once and cached.
/// </summary>
internal sealed class Mailboxes
{
    private readonly Config _config;
    private readonly ConcurrentDictionary<string, Func<Config, IMailboxType>> _types = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IMailboxType> _byId = new(StringComparer.Ordinal);

    public Mailboxes(Config config)
    {
        _config = config;
        RegisterMailboxType("unbounded", _ => new DelegateMailboxType(static () => new UnboundedMessageQueue()));
        RegisterMailboxType("unbounded-deque", _ => new DelegateMailboxType(static () => new UnboundedDequeMessageQueue()));
    }

    /// <summary>Makes <paramref name="typeName"/> usable as a <c>mailbox-type</c>; the factory gets the mailbox's config section.</summary>
    public void RegisterMailboxType(string typeName, Func<Config, IMailboxType> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(factory);
        _types[typeName] = factory;
    }

    public MessageQueue CreateQueue(string mailboxId) => _byId.GetOrAdd(mailboxId, Resolve).CreateQueue();

    private IMailboxType Resolve(string mailboxId)
    {
        if (!_config.HasPath(mailboxId))
        {
            throw new ConfigException($"Mailbox [{mailboxId}] is not configured (no config section at that path).");
        }

        var section = _config.GetConfig(mailboxId);
        var typeName = section.GetString("mailbox-type", "unbounded") ?? "unbounded";
        return _types.TryGetValue(typeName, out var factory)
            ? factory(section)
            : throw new ConfigException($"Mailbox [{mailboxId}]: unknown mailbox-type '{typeName}' (known: {string.Join(", ", _types.Keys)}).");
    }
}
