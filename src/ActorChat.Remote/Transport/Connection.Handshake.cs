using System.Security.Cryptography;
using ActorChat.Actors;
using ActorChat.Remote.Associations;
using ActorChat.Remote.Handshake;

namespace ActorChat.Remote.Transport;

/// <summary>
/// The handshake, under handshake-timeout:
/// <code>
///   connector C                                      acceptor A
///   1. TCP connect ─────────────────────────────────►
///   2. Hello(magic, 1.0, secret?, uidC, addrC, to=A's system, nonceC) ─►
///                           A checks magic, major version, system name, secret flag,
///                           quarantine of (addrC, uidC), duplicate connection → else Refuse + close
///   3. ◄─ Hello(magic, 1.0, secret?, uidA, addrA, to=C's system, nonceA)
///      C checks the same, and that addrA is the address it dialed
///   with a secret only (the secret itself never crosses the wire):
///   4. Proof(HMAC(secret, "C", nonceC, nonceA, uidC)) ─► A verifies, else Refuse + close
///   5. ◄─ Proof(HMAC(secret, "A", nonceC, nonceA, uidA))   C verifies, else close
///   6. both attach the connection to the association for the peer's address and start writing.
/// </code>
/// </summary>
internal sealed partial class Connection
{
    private bool _refusedGate = true;

    private async Task<RemoteAssociation?> ConnectHandshakeAsync(RemoteAssociation association)
    {
        using var timeout = HandshakeTimeout();
        var nonce = RandomNumberGenerator.GetBytes(HandshakeCodec.NonceLength);
        await SendRawAsync(HandshakeCodec.EncodeHello(OwnHello(association.RemoteAddress.System, nonce)), timeout.Token).ConfigureAwait(false);
        var frame = await ReadHandshakeFrameAsync(timeout.Token).ConfigureAwait(false);
        if (frame is null)
        {
            return null;
        }

        var (peer, reason, detail) = HandshakeCodec.DecodeHello(frame);
        if (peer is null)
        {
            // A Duplicate refusal is not a failure: the peer keeps the connection it initiated.
            _refusedGate = reason != RefuseReason.Duplicate;
            return await RefusedAsync(reason, detail, tell: reason != RefuseReason.Duplicate && frame[0] != (byte)PduType.Refuse).ConfigureAwait(false);
        }

        var check = Check(peer);
        if (check is { } problem)
        {
            return await RefusedAsync(problem.Reason, problem.Detail, tell: true).ConfigureAwait(false);
        }

        if (!peer.From.Equals(association.RemoteAddress))
        {
            return await RefusedAsync(RefuseReason.UnexpectedAddress, $"dialed {association.RemoteAddress}, peer is {peer.From}", tell: true).ConfigureAwait(false);
        }

        if (_remoting.Settings.Secret.Length > 0)
        {
            var secret = _remoting.Settings.Secret;
            await SendRawAsync(HandshakeCodec.EncodeProof(HandshakeProof.Compute(secret, true, nonce, peer.Nonce, _remoting.Uid)), timeout.Token).ConfigureAwait(false);
            var proofFrame = await ReadHandshakeFrameAsync(timeout.Token).ConfigureAwait(false);
            if (proofFrame is null)
            {
                return null;
            }

            var proof = HandshakeCodec.DecodeProof(proofFrame);
            if (proof is null || !HandshakeProof.Verify(HandshakeProof.Compute(secret, false, nonce, peer.Nonce, peer.Uid), proof))
            {
                return await RefusedAsync(RefuseReason.WrongProof, "acceptor's proof of the secret is wrong", tell: false).ConfigureAwait(false);
            }
        }

        _association = association;
        if (!association.TryAttach(this, peer.Uid, inbound: false))
        {
            _association = null;
            _refusedGate = false;
            _closeReason = "duplicate connection";
            return null;
        }

        return association;
    }

    private async Task<RemoteAssociation?> AcceptHandshakeAsync()
    {
        using var timeout = HandshakeTimeout();
        var frame = await ReadHandshakeFrameAsync(timeout.Token).ConfigureAwait(false);
        if (frame is null)
        {
            return null;
        }

        var (peer, reason, detail) = HandshakeCodec.DecodeHello(frame);
        if (peer is null)
        {
            return await RefusedAsync(reason, detail, tell: true).ConfigureAwait(false);
        }

        if (Check(peer) is { } problem)
        {
            return await RefusedAsync(problem.Reason, problem.Detail, tell: true).ConfigureAwait(false);
        }

        var association = _remoting.Associations.GetOrCreate(peer.From);
        if (!association.CanAccept(inbound: true))
        {
            return await RefusedAsync(RefuseReason.Duplicate, "a connection initiated by this node is live", tell: true).ConfigureAwait(false);
        }

        var nonce = RandomNumberGenerator.GetBytes(HandshakeCodec.NonceLength);
        await SendRawAsync(HandshakeCodec.EncodeHello(OwnHello(peer.From.System, nonce)), timeout.Token).ConfigureAwait(false);
        if (_remoting.Settings.Secret.Length > 0)
        {
            var secret = _remoting.Settings.Secret;
            var proofFrame = await ReadHandshakeFrameAsync(timeout.Token).ConfigureAwait(false);
            if (proofFrame is null)
            {
                return null;
            }

            var proof = HandshakeCodec.DecodeProof(proofFrame);
            if (proof is null || !HandshakeProof.Verify(HandshakeProof.Compute(secret, true, peer.Nonce, nonce, peer.Uid), proof))
            {
                return await RefusedAsync(RefuseReason.WrongProof, "connector's proof of the secret is wrong", tell: true).ConfigureAwait(false);
            }

            await SendRawAsync(HandshakeCodec.EncodeProof(HandshakeProof.Compute(secret, false, peer.Nonce, nonce, _remoting.Uid)), timeout.Token).ConfigureAwait(false);
        }

        _association = association;
        if (!association.TryAttach(this, peer.Uid, inbound: true))
        {
            _association = null;
            _closeReason = "duplicate connection";
            return null;
        }

        return association;
    }

    /// <summary>Checks common to both sides; null when acceptable.</summary>
    private (RefuseReason Reason, string Detail)? Check(HelloPdu peer)
    {
        if (!string.Equals(peer.ToSystem, _remoting.Address.System, StringComparison.Ordinal))
        {
            return (RefuseReason.WrongSystem, $"peer expects system \"{peer.ToSystem}\", this is \"{_remoting.Address.System}\"");
        }

        var secretRequired = _remoting.Settings.Secret.Length > 0;
        if (peer.SecretRequired != secretRequired)
        {
            return (RefuseReason.SecretMismatch, secretRequired ? "peer has no secret configured" : "peer requires a secret; none configured here");
        }

        if (peer.Uid == _remoting.Uid && peer.From.Equals(_remoting.Address))
        {
            return (RefuseReason.UnexpectedAddress, "connection to self");
        }

        return _remoting.Quarantine.Contains(peer.From, peer.Uid)
            ? (RefuseReason.Quarantined, $"uid {peer.Uid} of {peer.From} is quarantined")
            : null;
    }

    private HelloPdu OwnHello(string toSystem, byte[] nonce) =>
        new(HandshakeCodec.Major, HandshakeCodec.Minor, _remoting.Settings.Secret.Length > 0, _remoting.Uid, _remoting.Address, toSystem, nonce);

    private async Task<RemoteAssociation?> RefusedAsync(RefuseReason reason, string detail, bool tell)
    {
        RemoteLog.HandshakeRefused(_remoting.Logger, Endpoint, reason, detail);
        if (tell)
        {
            // Best effort, bounded: the peer may already be gone or not reading.
            try
            {
                using var cts = CancellationTokenSource.CreateLinkedTokenSource(_cts.Token);
                cts.CancelAfter(TimeSpan.FromSeconds(1));
                await _stream.WriteAsync(HandshakeCodec.EncodeRefuse(reason, detail), cts.Token).ConfigureAwait(false);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException or System.Net.Sockets.SocketException)
            {
                RemoteLog.ConnectionFailed(_remoting.Logger, e, Endpoint);
            }
        }

        _closeReason = "handshake refused: " + reason;
        return null;
    }

    private Deadline HandshakeTimeout() => new(_remoting.Settings.HandshakeTimeout, _remoting.System.TimeProvider, _cts.Token);

    private async Task SendRawAsync(byte[] frame, CancellationToken cancellationToken) =>
        await _stream.WriteAsync(frame, cancellationToken).ConfigureAwait(false);

    /// <summary>One small handshake frame (copied), or null after logging why there is none.</summary>
    private async Task<byte[]?> ReadHandshakeFrameAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var status = _reader.TryRead(out var payload, out var length);
                switch (status)
                {
                    case FrameStatus.Complete when length <= HandshakeCodec.MaximumHandshakeFrame:
                        return payload.ToArray();
                    case FrameStatus.Complete or FrameStatus.TooLong:
                        RemoteLog.Flooding(_remoting.Logger, Endpoint, $"handshake frame of {length} bytes");
                        _closeReason = "oversized handshake frame";
                        return null;
                    case FrameStatus.Malformed:
                        RemoteLog.HandshakeRefused(_remoting.Logger, Endpoint, RefuseReason.Malformed, "invalid frame length");
                        _closeReason = "malformed handshake frame";
                        return null;
                }

                if (!await _reader.FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    RemoteLog.HandshakeRefused(_remoting.Logger, Endpoint, RefuseReason.Malformed, "peer closed during the handshake");
                    _closeReason = "peer closed during the handshake";
                    return null;
                }
            }
        }
        catch (OperationCanceledException) when (!_remoting.ShutdownToken.IsCancellationRequested && Volatile.Read(ref _closed) == 0)
        {
            RemoteLog.HandshakeRefused(_remoting.Logger, Endpoint, RefuseReason.Timeout, $"no handshake within {_remoting.Settings.HandshakeTimeout}");
            _closeReason = "handshake timeout";
            return null;
        }
    }
}
