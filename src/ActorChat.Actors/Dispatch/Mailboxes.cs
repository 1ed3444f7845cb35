using System.Collections.Concurrent;
using ActorChat.Hocon;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// Resolves a mailbox id (a config path, e.g. <c>actorchat.actor.default-mailbox</c>) to its bound
/// <see cref="MailboxSettings"/> and the queue factory named by its <c>mailbox-type</c>. Built-in
/// types: <c>unbounded</c>, <c>unbounded-deque</c>, <c>bounded</c>; extensions add more with
/// <see cref="RegisterMailboxType"/>. Each id is bound once and cached.
/// <para>
/// An actor class implementing <see cref="IRequiresMessageQueue{T}"/> whose Props keep the default
/// mailbox gets the mailbox mapped to that requirement instead (stashing actors: the deque mailbox);
/// an explicitly configured mailbox that cannot meet the requirement fails the actor's creation.
/// </para>
/// </summary>
internal sealed class Mailboxes
{
    /// <summary>The mailbox stashing actors get when their Props keep the default mailbox.</summary>
    public const string DequeMailboxId = "actorchat.actor.unbounded-deque-mailbox";

    private readonly Config _config;
    private readonly ConcurrentDictionary<string, Func<MailboxSettings, IMailboxType>> _types = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (MailboxSettings Settings, IMailboxType Type)> _byId = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Type, Type?> _requirements = new();

    public Mailboxes(Config config)
    {
        _config = config;
        RegisterMailboxType("unbounded", _ => new DelegateMailboxType(static () => new UnboundedMessageQueue()));
        RegisterMailboxType("unbounded-deque", _ => new DelegateMailboxType(static () => new UnboundedDequeMessageQueue()));
        RegisterMailboxType("bounded", s => new DelegateMailboxType(() => new BoundedMessageQueue(s.Capacity, s.Overflow)));
    }

    /// <summary>Makes <paramref name="typeName"/> usable as a <c>mailbox-type</c>; the factory gets the mailbox's settings.</summary>
    public void RegisterMailboxType(string typeName, Func<MailboxSettings, IMailboxType> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(typeName);
        ArgumentNullException.ThrowIfNull(factory);
        _types[typeName] = factory;
    }

    public MessageQueue CreateQueue(string mailboxId) => Lookup(mailboxId).Type.CreateQueue();

    /// <summary>The queue for an actor built from <paramref name="props"/>, honouring its queue requirement.</summary>
    public MessageQueue CreateQueue(Props props)
    {
        ArgumentNullException.ThrowIfNull(props);
        // One requirement lookup per creation serves both the mailbox choice and the check.
        var requiresDeque = RequiresDeque(props.Type);
        var mailboxId = MailboxIdFor(props, requiresDeque);
        var queue = CreateQueue(mailboxId);
        if (requiresDeque && queue is not IDequeMessageQueue)
        {
            throw new ConfigException(
                $"Mailbox [{mailboxId}] produces a {queue.GetType().Name}, which is inappropriate for actor {props.Type}: " +
                $"it requires {nameof(IDequeBasedMessageQueueSemantics)} (use mailbox-type unbounded-deque or bounded).");
        }

        return queue;
    }

    /// <summary>The settings of the mailbox an actor built from <paramref name="props"/> gets.</summary>
    public MailboxSettings SettingsFor(Props props) => Lookup(MailboxIdFor(props, RequiresDeque(props.Type))).Settings;

    private static string MailboxIdFor(Props props, bool requiresDeque) =>
        requiresDeque && props.Mailbox == Props.DefaultMailboxId ? DequeMailboxId : props.Mailbox;

    private bool RequiresDeque(Type actorType) => RequiredSemantics(actorType) == typeof(IDequeBasedMessageQueueSemantics);

    // Reflection once per actor class: the requirement is a property of the type, not of the instance.
    private Type? RequiredSemantics(Type actorType) => _requirements.GetOrAdd(actorType, static type =>
        type.GetInterfaces()
            .Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequiresMessageQueue<>))
            .Select(i => i.GetGenericArguments()[0])
            .FirstOrDefault());

    private (MailboxSettings Settings, IMailboxType Type) Lookup(string mailboxId) => _byId.GetOrAdd(mailboxId, Resolve);

    private (MailboxSettings, IMailboxType) Resolve(string mailboxId)
    {
        if (!_config.HasPath(mailboxId))
        {
            throw new ConfigException($"Mailbox [{mailboxId}] is not configured (no config section at that path).");
        }

        var section = _config.GetConfig(mailboxId).WithFallback(_config.GetConfig(Props.DefaultMailboxId));
        var settings = MailboxSettings.Bind(mailboxId, section);
        return _types.TryGetValue(settings.MailboxType, out var factory)
            ? (settings, factory(settings))
            : throw new ConfigException($"Mailbox [{mailboxId}]: unknown mailbox-type '{settings.MailboxType}' (known: {string.Join(", ", _types.Keys)}).");
    }
}
