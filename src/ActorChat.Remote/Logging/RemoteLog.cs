using ActorChat.Actors;
using ActorChat.Remote.Handshake;
using Microsoft.Extensions.Logging;

namespace ActorChat.Remote;

/// <summary>Every log line remoting writes, with its stable event id (3000–3099). A test checks uniqueness.</summary>
internal static partial class RemoteLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Remoting started; listening on {Bound}, advertising {Address} (uid {Uid})")]
    public static partial void Listening(ILogger logger, System.Net.IPEndPoint bound, Address address, long uid);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Associated with {Remote} (uid {Uid}, {Direction})")]
    public static partial void Associated(ILogger logger, Address remote, long uid, string direction);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Information, Message = "Connection to {Remote} closed: {Reason}")]
    public static partial void Disassociated(ILogger logger, Address remote, string reason);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Warning, Message = "Handshake with {Endpoint} refused ({Reason}): {Detail}")]
    public static partial void HandshakeRefused(ILogger logger, string endpoint, RefuseReason reason, string detail);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Warning, Message = "Cannot connect to {Remote}; address gated for {Gate}: {Error}")]
    public static partial void ConnectFailed(ILogger logger, Address remote, TimeSpan gate, string error);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Error, Message = "Discarding oversized inbound frame from {Remote}: {Size} bytes > maximum-frame-size {Max}")]
    public static partial void OversizedInbound(ILogger logger, string remote, int size, int max);

    [LoggerMessage(EventId = 3006, Level = LogLevel.Error, Message = "Discarding oversized payload [{MessageType}] for {Recipient}: {Size} bytes > maximum-frame-size {Max}")]
    public static partial void OversizedOutbound(ILogger logger, Type messageType, ActorPath recipient, int size, int max);

    [LoggerMessage(EventId = 3007, Level = LogLevel.Error, Message = "Failed to serialize [{MessageType}] for {Recipient}; message dropped")]
    public static partial void SerializationFailed(ILogger logger, Exception exception, Type messageType, ActorPath recipient);

    [LoggerMessage(EventId = 3008, Level = LogLevel.Error, Message = "Dropping message from {Remote} for {Recipient}: {Error}")]
    public static partial void DeserializationFailed(ILogger logger, Address remote, string recipient, string error);

    [LoggerMessage(EventId = 3009, Level = LogLevel.Error, Message = "Closing connection with {Remote}: malformed input ({Reason})")]
    public static partial void Malformed(ILogger logger, string remote, string reason);

    [LoggerMessage(EventId = 3010, Level = LogLevel.Warning, Message = "Outbound queue to {Remote} full ({Capacity}); message [{MessageType}] dropped ({Drops} dropped so far)")]
    public static partial void QueueFull(ILogger logger, Address remote, int capacity, Type messageType, long drops);

    [LoggerMessage(EventId = 3011, Level = LogLevel.Error, Message = "Dropping message for non-local recipient {Recipient} (this node is {Local})")]
    public static partial void NonLocalRecipient(ILogger logger, string recipient, Address local);

    [LoggerMessage(EventId = 3012, Level = LogLevel.Debug, Message = "System message [{MessageType}] is not sent to remote {Target}")]
    public static partial void SystemMessageNotSent(ILogger logger, Type messageType, ActorPath target);

    [LoggerMessage(EventId = 3013, Level = LogLevel.Error, Message = "System message buffer to {Remote} full ({Capacity}); [{MessageType}] dropped")]
    public static partial void SystemBufferFull(ILogger logger, Address remote, int capacity, Type messageType);

    [LoggerMessage(EventId = 3014, Level = LogLevel.Warning, Message = "Quarantined {Remote} uid {Uid}: {Reason}")]
    public static partial void Quarantined(ILogger logger, Address remote, long uid, string reason);

    [LoggerMessage(EventId = 3015, Level = LogLevel.Warning, Message = "Detected unreachable: {Remote} (phi {Phi:F1})")]
    public static partial void DetectedUnreachable(ILogger logger, Address remote, double phi);

    [LoggerMessage(EventId = 3016, Level = LogLevel.Warning, Message = "Closing connection with {Remote}: flooding ({Detail})")]
    public static partial void Flooding(ILogger logger, string remote, string detail);

    [LoggerMessage(EventId = 3017, Level = LogLevel.Warning, Message = "Inbound connection from {Endpoint} closed: max-inbound-connections ({Max}) reached")]
    public static partial void InboundLimit(ILogger logger, string endpoint, int max);

    [LoggerMessage(EventId = 3018, Level = LogLevel.Debug, Message = "Connection with {Remote} failed")]
    public static partial void ConnectionFailed(ILogger logger, Exception exception, string remote);

    [LoggerMessage(EventId = 3019, Level = LogLevel.Warning, Message = "Dropping [{MessageType}] for {Remote}: association {State} ({Drops} dropped so far)")]
    public static partial void DroppedNotConnected(ILogger logger, Type messageType, Address remote, string state, long drops);

    [LoggerMessage(EventId = 3020, Level = LogLevel.Information, Message = "{Remote} restarted: uid {OldUid} -> {NewUid}; old incarnation quarantined")]
    public static partial void PeerRestarted(ILogger logger, Address remote, long oldUid, long newUid);

    [LoggerMessage(EventId = 3021, Level = LogLevel.Information, Message = "Remoting at {Address} shutting down")]
    public static partial void ShuttingDown(ILogger logger, Address address);

    [LoggerMessage(EventId = 3022, Level = LogLevel.Warning, Message = "Accept failed on {Address}; retrying")]
    public static partial void AcceptFailed(ILogger logger, Exception exception, Address address);

    [LoggerMessage(EventId = 3023, Level = LogLevel.Information, Message = "{Remote} said goodbye ({Reason})")]
    public static partial void Goodbye(ILogger logger, Address remote, string reason);

    [LoggerMessage(EventId = 3024, Level = LogLevel.Warning, Message = "Outbound queues to {Count} node(s) not drained within {Wait}; shutting down anyway")]
    public static partial void FlushIncomplete(ILogger logger, int count, TimeSpan wait);

    [LoggerMessage(EventId = 3025, Level = LogLevel.Warning, Message = "TLS at {Address} accepts any peer certificate (tls.suppress-validation = on); for tests only")]
    public static partial void TlsValidationSuppressed(ILogger logger, Address address);
}
