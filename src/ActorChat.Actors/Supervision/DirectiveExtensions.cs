namespace ActorChat.Actors.Supervision;

public static class DirectiveExtensions
{
    /// <summary>A (type, directive) pair for <see cref="Decider.From(Directive, KeyValuePair{Type, Directive}[])"/>.</summary>
    public static KeyValuePair<Type, Directive> When<TException>(this Directive directive)
        where TException : Exception =>
        new(typeof(TException), directive);
}
