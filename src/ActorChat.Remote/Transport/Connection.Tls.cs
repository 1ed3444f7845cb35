using System.Net.Sockets;
using System.Security.Authentication;
using ActorChat.Remote.Associations;
using ActorChat.Remote.Handshake;

namespace ActorChat.Remote.Transport;

/// <summary>
/// With tls.enabled, TLS comes first on every connection (under handshake-timeout); the protocol
/// handshake and all frames then run inside it. A failed TLS handshake closes the connection with a
/// logged reason; there is no channel to tell the peer why.
/// </summary>
internal sealed partial class Connection
{
    private async Task<bool> StartTlsAsync(TlsContext tls, RemoteAssociation? outboundTo)
    {
        using var timeout = HandshakeTimeout();
        try
        {
            var ssl = await tls.AuthenticateAsync(_stream, inbound: outboundTo is null, outboundTo?.RemoteAddress.Host ?? "", timeout.Token).ConfigureAwait(false);
            _stream = ssl;
            _reader.Dispose();
            _reader = new FrameReader(ssl, _remoting.Settings.MaximumFrameSize);
            return true;
        }
        catch (Exception e) when (e is AuthenticationException or IOException or SocketException or OperationCanceledException)
        {
            if (!_remoting.IsShuttingDown)
            {
                var detail = timeout.Expired ? $"no TLS handshake within {_remoting.Settings.HandshakeTimeout}" : e.Message;
                RemoteLog.HandshakeRefused(_remoting.Logger, Endpoint, RefuseReason.Tls, detail);
            }

            _closeReason = "TLS handshake failed";
            return false;
        }
    }
}
