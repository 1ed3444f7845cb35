using ActorChat.Actors;
using ActorChat.Actors.DeathWatch;
using ActorChat.Actors.Scheduling;
using ActorChat.Remote.FailureDetection;
using ActorChat.Remote.Transport;

namespace ActorChat.Remote.DeathWatch;

/// <summary>
/// Remote DeathWatch (design notes §5.5). Nodes hosting watched actors get a heartbeat every
/// heartbeat-interval; their answers feed one phi-accrual detector per node. Every reaper interval a
/// node whose phi reached the threshold is quarantined (address, UID) and AddressTerminated is
/// published, so every watcher of its actors gets Terminated(addressTerminated: true). All timing is
/// on the system's scheduler, i.e. its TimeProvider (virtual time in tests).
/// </summary>
internal sealed class RemoteWatcher : IDisposable
{
    private readonly Remoting _remoting;
    private readonly FailureDetectorSettings _settings;
    private readonly Lock _lock = new();
    private readonly Dictionary<Address, WatchedNode> _nodes = [];
    private readonly ICancelable _heartbeats;
    private readonly ICancelable _reaper;
    private readonly ICancelable _resend;

    public RemoteWatcher(Remoting remoting)
    {
        _remoting = remoting;
        _settings = remoting.Settings.WatchFailureDetector;
        var scheduler = remoting.System.Scheduler.Advanced;
        _heartbeats = scheduler.ScheduleRepeatedlyCancelable(_settings.HeartbeatInterval, _settings.HeartbeatInterval, SendHeartbeats);
        _reaper = scheduler.ScheduleRepeatedlyCancelable(_settings.ReaperInterval, _settings.ReaperInterval, Reap);
        _resend = scheduler.ScheduleRepeatedlyCancelable(remoting.Settings.ResendInterval, remoting.Settings.ResendInterval, ResendSystemMessages);
    }

    public void AddWatch(IActorRef watchee, IActorRef watcher)
    {
        var address = watchee.Path.Address;
        bool first;
        lock (_lock)
        {
            first = !_nodes.TryGetValue(address, out var node);
            if (first)
            {
                node = NewNode([]);
                _nodes[address] = node;
            }

            node!.Pairs.Add((watchee, watcher));
        }

        if (first)
        {
            _remoting.Associations.GetOrCreate(address).SendControl(PduCodec.HeartbeatFrame, connect: true);
        }
    }

    public void RemoveWatch(IActorRef watchee, IActorRef watcher)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(watchee.Path.Address, out var node) && node.Pairs.Remove((watchee, watcher)) && node.Pairs.Count == 0)
            {
                _nodes.Remove(watchee.Path.Address);
            }
        }
    }

    /// <summary>A watched remote actor died (its notification arrived): forget its pairs.</summary>
    public void OnDeathNotification(IActorRef watchee)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(watchee.Path.Address, out var node) && node.Pairs.RemoveWhere(p => p.Watchee.Equals(watchee)) > 0 && node.Pairs.Count == 0)
            {
                _nodes.Remove(watchee.Path.Address);
            }
        }
    }

    public void OnHeartbeatResponse(Address address, long uid)
    {
        lock (_lock)
        {
            if (_nodes.TryGetValue(address, out var node))
            {
                node.Uid = uid;
                node.Detector.HeartBeat();
            }
        }
    }

    /// <summary>The node restarted: its old actors are gone; re-sent watches make the new incarnation answer Terminated.</summary>
    public void OnPeerRestarted(Address address)
    {
        List<(IActorRef Watchee, IActorRef Watcher)> pairs;
        lock (_lock)
        {
            if (!_nodes.TryGetValue(address, out var node))
            {
                return;
            }

            // A fresh detector for the new incarnation; the old node is dropped, so its pairs move over.
            _nodes[address] = NewNode(node.Pairs);
            pairs = [.. node.Pairs];
        }

        var association = _remoting.Associations.GetOrCreate(address);
        foreach (var (watchee, watcher) in pairs)
        {
            association.SendSystem(watchee, new Actors.Dispatch.SysMsg.Watch((Actors.Refs.IInternalActorRef)watchee, (Actors.Refs.IInternalActorRef)watcher));
        }
    }

    public double Phi(Address address)
    {
        lock (_lock)
        {
            return _nodes.TryGetValue(address, out var node) ? node.Detector.Phi() : 0.0;
        }
    }

    public void Dispose()
    {
        _heartbeats.Cancel();
        _reaper.Cancel();
        _resend.Cancel();
    }

    private WatchedNode NewNode(HashSet<(IActorRef Watchee, IActorRef Watcher)> pairs) =>
        new(new PhiAccrualFailureDetector(_settings, _remoting.System.TimeProvider), _remoting.System.TimeProvider.GetTimestamp(), pairs);

    private void SendHeartbeats()
    {
        Address[] addresses;
        lock (_lock)
        {
            var now = _remoting.System.TimeProvider.GetTimestamp();
            foreach (var node in _nodes.Values)
            {
                // A node that never answers must still be judged: start its detector after expected-response-after.
                if (!node.Detector.IsMonitoring && _remoting.System.TimeProvider.GetElapsedTime(node.WatchedSince, now) >= _settings.ExpectedResponseAfter)
                {
                    node.Detector.HeartBeat();
                }
            }

            addresses = [.. _nodes.Keys];
        }

        foreach (var address in addresses)
        {
            _remoting.Associations.GetOrCreate(address).SendControl(PduCodec.HeartbeatFrame, connect: true);
        }
    }

    private void Reap()
    {
        List<(Address Address, long Uid, double Phi)> dead = [];
        lock (_lock)
        {
            foreach (var (address, node) in _nodes)
            {
                if (node.Detector.IsMonitoring && !node.Detector.IsAvailable)
                {
                    dead.Add((address, node.Uid, node.Detector.Phi()));
                }
            }

            foreach (var d in dead)
            {
                _nodes.Remove(d.Address);
            }
        }

        foreach (var (address, uid, phi) in dead)
        {
            RemoteLog.DetectedUnreachable(_remoting.Logger, address, phi);
            var knownUid = uid != 0 ? uid : _remoting.Associations.GetOrCreate(address).RemoteUid;
            if (knownUid != 0)
            {
                _remoting.Quarantine.Add(address, knownUid);
                RemoteLog.Quarantined(_remoting.Logger, address, knownUid, "unreachable (remote DeathWatch failure detector)");
            }

            _remoting.Associations.GetOrCreate(address).Current?.Close("peer unreachable; quarantined");
            _remoting.System.AddressTerminatedTopic.Publish(new AddressTerminated(address));
        }
    }

    private void ResendSystemMessages()
    {
        foreach (var association in _remoting.Associations.All)
        {
            association.ResendUnacked();
        }
    }

    private sealed class WatchedNode(PhiAccrualFailureDetector detector, long watchedSince, HashSet<(IActorRef Watchee, IActorRef Watcher)> pairs)
    {
        public PhiAccrualFailureDetector Detector { get; } = detector;

        public long WatchedSince { get; } = watchedSince;

        public HashSet<(IActorRef Watchee, IActorRef Watcher)> Pairs { get; } = pairs;

        public long Uid { get; set; }
    }
}
