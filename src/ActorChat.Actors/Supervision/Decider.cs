namespace ActorChat.Actors.Supervision;

/// <summary>Builds deciders: <c>Decider.From(Directive.Restart, Directive.Stop.When&lt;IOException&gt;())</c>.</summary>
public static class Decider
{
    /// <summary>First pair whose type matches the exception (subclasses included) wins; else the default.</summary>
    public static IDecider From(Directive defaultDirective, params KeyValuePair<Type, Directive>[] pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var copy = pairs.ToArray();
        return new FuncDecider(cause =>
        {
            foreach (var pair in copy)
            {
                if (pair.Key.IsInstanceOfType(cause))
                {
                    return pair.Value;
                }
            }

            return defaultDirective;
        });
    }

    public static IDecider From(Func<Exception, Directive> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        return new FuncDecider(decide);
    }
}
