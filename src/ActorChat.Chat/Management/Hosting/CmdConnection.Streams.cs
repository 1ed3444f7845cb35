using System.Text.Json.Nodes;
using ActorChat.Chat.Broker;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Hosting;

/// <summary>Streams: chat.tail through the broker's tail subscription, log.tail through the log ring.</summary>
internal sealed partial class CmdConnection
{
    private readonly Dictionary<long, (string Method, Microsoft.Extensions.Logging.LogLevel Level)> _logTails = [];

    private void StartStream(long id, ConnectionEffect effect)
    {
        switch (effect)
        {
            case StartChatTail:
                _chatTails.Add(id);
                _streams[id] = null;
                EnsureTailSubscribed();
                break;
            case StartLogTail log:
                var self = Self;
                _logTails[id] = (log.Method, log.MinLevel);
                _streams[id] = _node.Logs.Subscribe(e => self.Tell(new LogTailEntry(id, e), ActorRefs.NoSender));
                break;
        }
    }

    private bool StopStreamById(long id)
    {
        if (!_streams.Remove(id, out var subscription))
        {
            return false;
        }

        subscription?.Dispose();
        _logTails.Remove(id);
        if (_chatTails.Remove(id) && _chatTails.Count == 0 && !_call.Recv.Enabled && _tailSubscribed)
        {
            _tailSubscribed = false;
            _node.Chat.Refs.Broker.Tell(new UnsubscribeTail(Self));
        }

        return true;
    }

    private void EnsureTailSubscribed()
    {
        if (!_tailSubscribed)
        {
            _tailSubscribed = true;
            _node.Chat.Refs.Broker.Tell(new SubscribeTail(Self));
        }
    }

    private void OnChatTail(ChatTailEvent message)
    {
        if (_call.Recv.Enabled)
        {
            _call.Recv.Add(message);
        }

        foreach (var id in _chatTails)
        {
            Write(RpcWire.Notification("chat.tail", new JsonObject { ["subscription"] = id, ["message"] = JsonRender.ChatMessage(message) }));
        }
    }

    private void OnLogTail(LogTailEntry tail)
    {
        if (_logTails.TryGetValue(tail.Subscription, out var stream) && tail.Entry.Level >= stream.Level)
        {
            Write(RpcWire.Notification(stream.Method, new JsonObject { ["subscription"] = tail.Subscription, ["entry"] = JsonRender.Log(tail.Entry) }));
        }
    }
}
