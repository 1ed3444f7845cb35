namespace ActorChat.Actors.Cells;

/// <summary>
/// The behaviour stack (§1.4): the initial behaviour is never popped.
/// <para>
/// Kept lazy because every idle actor paid for it: <see cref="CellExtras.BehaviorStack"/> stays null while the
/// stack is just the initial behaviour (a list appears on the first Become), and <see cref="_behavior"/>
/// stays null until the first message needs the initial behaviour as a delegate.
/// </para>
/// </summary>
internal sealed partial class ActorCell
{
    // The top of the stack; null stands for the actor's initial behaviour, not yet made a delegate.
    private Receive? _behavior;

    public void Become(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        var stack = MaterializeBehaviorStack();
        if (stack.Count > 1)
        {
            stack[^1] = receive;
        }
        else
        {
            stack.Add(receive);
        }

        _behavior = receive;
    }

    public void BecomeStacked(Receive receive)
    {
        ArgumentNullException.ThrowIfNull(receive);
        MaterializeBehaviorStack().Add(receive);
        _behavior = receive;
    }

    public void UnbecomeStacked()
    {
        if (_extras?.BehaviorStack is { Count: > 1 } stack)
        {
            stack.RemoveAt(stack.Count - 1);
            _behavior = stack[^1];
        }
    }

    /// <summary>The current behaviour as a delegate (the initial one is built on first use).</summary>
    private Receive CurrentBehavior(ActorBase actor) => _behavior ??= actor.InitialBehavior();

    /// <summary>
    /// The explicit list, created on the first Become. Outside construction it starts with the initial
    /// behaviour; inside the constructor (no instance yet) it starts empty and NewActor puts the initial
    /// behaviour underneath afterwards.
    /// </summary>
    private List<Receive> MaterializeBehaviorStack()
    {
        if (_extras?.BehaviorStack is { } stack)
        {
            return stack;
        }

        stack = new List<Receive>(2);
        if (_actor is { } actor)
        {
            stack.Add(CurrentBehavior(actor));
        }

        return Extras.BehaviorStack = stack;
    }

    /// <summary>Called before a new instance is constructed, and when an instance is dropped.</summary>
    private void ResetBehaviorStack()
    {
        if (_extras is { } extras)
        {
            extras.BehaviorStack = null;
        }

        _behavior = null;
    }

    /// <summary>Called after construction: the initial behaviour goes under whatever the constructor pushed.</summary>
    private void InstallInitialBehavior(ActorBase instance)
    {
        if (_extras?.BehaviorStack is { Count: > 0 } stack)
        {
            stack.Insert(0, instance.InitialBehavior());
            _behavior = stack[^1];
        }
        else
        {
            ResetBehaviorStack();
        }
    }
}
