namespace ActorChat.Remote;

/// <summary>
/// The application's message types that may cross the network as JSON, each under a stable manifest
/// name. Only registered types are ever deserialized: the wire names a manifest, never a CLR type.
/// </summary>
public sealed class RemoteMessageTypes
{
    private readonly Dictionary<string, Type> _byManifest = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> _byType = [];

    /// <summary>Registers <typeparamref name="T"/> under <paramref name="manifest"/> (e.g. "chat.Say").</summary>
    public RemoteMessageTypes Register<T>(string manifest) => Register(typeof(T), manifest);

    public RemoteMessageTypes Register(Type type, string manifest)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentException.ThrowIfNullOrWhiteSpace(manifest);
        if (_byManifest.TryGetValue(manifest, out var existing) && existing != type)
        {
            throw new ArgumentException($"Manifest \"{manifest}\" is already registered for {existing}.", nameof(manifest));
        }

        _byManifest[manifest] = type;
        _byType[type] = manifest;
        return this;
    }

    internal bool TryGetManifest(Type type, out string manifest) => _byType.TryGetValue(type, out manifest!);

    internal bool TryGetType(string manifest, out Type type) => _byManifest.TryGetValue(manifest, out type!);
}
