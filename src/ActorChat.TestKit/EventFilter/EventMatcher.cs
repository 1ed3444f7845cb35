namespace ActorChat.TestKit.EventFilter;

/// <summary>A filter's test over captured events (<see cref="LogEvent"/>s and dead letters), with a description for failures.</summary>
internal sealed class EventMatcher(string description, Func<object, MatchKind> match)
{
    public string Description => description;

    public MatchKind Match(object @event) => match(@event);

    public override string ToString() => description;
}
