using ActorChat.Actors.Dispatch;
using ActorChat.Actors.Stash;
using ActorChat.Hocon;

namespace ActorChat.Actors.Cells;

/// <summary>
/// Stash support (§1.13): each incarnation of an <see cref="IActorStash"/> actor gets a fresh stash
/// right after its constructor; restart and stop put whatever is still stashed back at the front of
/// the mailbox (after PreRestart: the new incarnation sees it first; after PostStop: it drains to
/// dead letters with the rest of the mailbox).
/// </summary>
internal sealed partial class ActorCell
{
    /// <summary>The message being processed (null between messages); what Stash() stores.</summary>
    internal object? CurrentMessage => _currentMessage;

    /// <summary>The raw sender of the current message (null = none).</summary>
    internal IActorRef? CurrentSender => _currentSender;

    private void AttachStash(ActorBase instance)
    {
        if (instance is not IActorStash withStash)
        {
            return;
        }

        if (Mailbox.Queue is not IDequeMessageQueue deque)
        {
            throw new ConfigException(
                $"{instance.GetType()} uses a stash but its mailbox queue ({Mailbox.Queue.GetType().Name}) cannot put messages back at the front; implement {nameof(IWithUnboundedStash)}.");
        }

        var stash = new ActorStash(this, deque, _props.StashCapacity ?? _system.Mailboxes.SettingsFor(_props).StashCapacity);
        Extras.Stash = stash;
        withStash.Stash = stash;
    }

    /// <summary>Restart/stop step: everything still stashed goes back to the front of the mailbox.</summary>
    private void UnstashAllForLifecycle()
    {
        if (_extras is not { Stash: { } stash } extras)
        {
            return;
        }

        extras.Stash = null;
        stash.UnstashAll();
    }
}
