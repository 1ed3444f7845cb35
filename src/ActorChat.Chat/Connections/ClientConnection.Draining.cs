using ActorChat.Actors.Scheduling;
using ActorChat.Chat.Broker;

namespace ActorChat.Chat.Connections;

/// <summary>
/// Half-close: every line the client sent before its FIN gets its answer. The broker answers a line
/// (an "unknown user" error, say) only when it routes it, so on end of input the connection sends the
/// broker a <see cref="Drain"/>: messages between two actors keep their order, so when
/// <see cref="Drained"/> comes back, the answers to every earlier <see cref="Say"/> are already in
/// this mailbox, and the close writes them. A login still pending drains again once it completes
/// (its held lines are only sent then). The wait is bounded by close-timeout.
/// </summary>
internal sealed partial class ClientConnection
{
    private bool _inputDraining;
    private int _drainsOutstanding;
    private ICancelable? _drainTimer;

    private void BeginInputDrain()
    {
        if (_name is null && _pendingName is null)
        {
            // Never logged in: no line reached the broker, nothing to wait for.
            BeginClose(null, "end of stream");
            return;
        }

        _inputDraining = true;
        _drainTimer = Context.System.Scheduler.ScheduleTellOnceCancelable(_settings.CloseTimeout, Self, InputDrainTimedOut.Instance, Self);
        if (_pendingName is null)
        {
            RequestDrain();
        }
    }

    private void OnRegisteredWhileDraining()
    {
        if (_inputDraining && !_closing)
        {
            RequestDrain();
        }
    }

    private void RequestDrain()
    {
        _drainsOutstanding++;
        _broker.Tell(Drain.Instance, Self);
    }

    private void OnBrokerDrained()
    {
        if (_inputDraining && --_drainsOutstanding <= 0)
        {
            EndInputDrain();
        }
    }

    private void EndInputDrain()
    {
        if (!_inputDraining)
        {
            return;
        }

        _inputDraining = false;
        _drainTimer?.Cancel();
        if (!_closing)
        {
            BeginClose(null, "end of stream");
        }
    }
}
