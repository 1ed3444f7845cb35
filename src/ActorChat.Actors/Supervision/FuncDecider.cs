namespace ActorChat.Actors.Supervision;

/// <summary>A decider backed by a function.</summary>
internal sealed class FuncDecider(Func<Exception, Directive> decide) : IDecider
{
    public Directive Decide(Exception cause) => decide(cause);
}
