namespace ActorChat.Actors.Receiving;

/// <summary>Non-generic registration: <c>Receive(typeof(X), ...)</c>.</summary>
internal sealed class TypeHandler(Type type, Func<object, bool> handler, bool catchAll) : MessageHandler
{
    public override bool IsCatchAll => catchAll;

    public override bool TryHandle(object message) => type.IsInstanceOfType(message) && handler(message);
}
