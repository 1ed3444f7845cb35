using ActorChat.Remote.Transport;

namespace ActorChat.Remote.Associations;

/// <summary>Connection lifecycle of an association: connect, attach, close, gate.</summary>
internal sealed partial class RemoteAssociation
{
    /// <summary>Starts an outbound connection unless one exists, is being made, or the address is gated.</summary>
    public void EnsureConnected()
    {
        // Lock-free fast path: called for every user message, and almost always connected. A connection
        // closing right after this read is the same race as closing right after the locked check.
        if (Volatile.Read(ref _current) is not null)
        {
            return;
        }

        lock (_lock)
        {
            if (_current is not null || _connecting || _remoting.IsShuttingDown || Environment.TickCount64 < _gatedUntil)
            {
                return;
            }

            _connecting = true;
        }

        _ = Connection.RunOutboundAsync(_remoting, this);
    }

    /// <summary>The outbound attempt ended without an attached connection.</summary>
    public void OnConnectFailed(string error, bool gate)
    {
        var gateFor = _remoting.Settings.RetryGateClosedFor;
        lock (_lock)
        {
            _connecting = false;
            if (!gate || _current is not null)
            {
                return;
            }

            _gatedUntil = Environment.TickCount64 + (long)gateFor.TotalMilliseconds;
        }

        RemoteLog.ConnectFailed(_remoting.Logger, RemoteAddress, gateFor, error);
        _ = RetryAfterGateAsync(gateFor);
    }

    /// <summary>
    /// Simultaneous connects: when both sides dial at once, the connection initiated by the smaller
    /// address wins on both sides (each side decides the same way, without talking). A connection
    /// initiated by the larger address is taken only while the smaller side has no live one of its own.
    /// </summary>
    public bool CanAccept(bool inbound)
    {
        lock (_lock)
        {
            return CanAcceptLocked(inbound);
        }
    }

    /// <summary>Makes <paramref name="connection"/> the one carrying traffic; false = refuse it (duplicate).</summary>
    public bool TryAttach(Connection connection, long uid, bool inbound)
    {
        Connection? replaced;
        long oldUid;
        lock (_lock)
        {
            if (!inbound)
            {
                _connecting = false;
            }

            if (_remoting.IsShuttingDown || !CanAcceptLocked(inbound))
            {
                return false;
            }

            replaced = _current;
            _current = connection;
            oldUid = _remoteUid;
            _remoteUid = uid;
            _gatedUntil = 0;
        }

        RemoteLog.Associated(_remoting.Logger, RemoteAddress, uid, inbound ? "inbound" : "outbound");
        replaced?.Close("replaced by a newer connection");
        if (oldUid != 0 && oldUid != uid)
        {
            // The node restarted: its old incarnation is gone for good. Watches are re-sent so that
            // watchers of old actors get Terminated from the new incarnation (not-existing).
            _remoting.Quarantine.Add(RemoteAddress, oldUid);
            RemoteLog.PeerRestarted(_remoting.Logger, RemoteAddress, oldUid, uid);
            _remoting.Watcher.OnPeerRestarted(RemoteAddress);
        }

        return true;
    }

    public void OnConnectionClosed(Connection connection)
    {
        bool reconnect;
        lock (_lock)
        {
            if (_current != connection)
            {
                return;
            }

            _current = null;
            reconnect = _unacked.Count > 0;
        }

        if (reconnect)
        {
            EnsureConnected();
        }
    }

    private bool CanAcceptLocked(bool inbound)
    {
        var localIsSmaller = _remoting.Address.CompareTo(RemoteAddress) < 0;
        var initiatedBySmaller = inbound != localIsSmaller;
        if (initiatedBySmaller)
        {
            return true;
        }

        // Initiated by the larger side: refuse only if the smaller side (we, when inbound) has its own attempt live.
        return !(inbound && (_connecting || _current is { Inbound: false }));
    }

    private async Task RetryAfterGateAsync(TimeSpan gate)
    {
        try
        {
            await Task.Delay(gate + TimeSpan.FromMilliseconds(10), _remoting.ShutdownToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        bool pending;
        lock (_lock)
        {
            pending = _unacked.Count > 0 || Volatile.Read(ref _queuedUser) > 0;
        }

        if (pending)
        {
            EnsureConnected();
        }
    }
}
