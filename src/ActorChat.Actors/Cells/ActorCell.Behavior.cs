namespace ActorChat.Actors.Cells;

/// <summary>The behaviour stack (§1.4): the initial behaviour is never popped.</summary>
internal sealed partial class ActorCell
{
    private readonly List<Receive> _behaviorStack = new(2);
    private Receive _behavior = static _ => false;

    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        if (_behaviorStack.Count > 1)
        {
            _behaviorStack[^1] = receive;
        }
        else
        {
            _behaviorStack.Add(receive);
        }

        _behavior = receive;
    }

    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        _behaviorStack.Add(receive);
        _behavior = receive;
    }

    public void UnbecomeStacked()
    {
        if (_behaviorStack.Count > 1)
        {
            _behaviorStack.RemoveAt(_behaviorStack.Count - 1);
            _behavior = _behaviorStack[^1];
        }
    }
}
