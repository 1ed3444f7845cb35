using ActorChat.Chat.Connections.Epoll;

namespace ActorChat.Chat.Connections;

/// <summary>What a chat service's connections share for I/O: the epoll thread (null: async receives) and the write coalescer.</summary>
internal sealed record ConnectionIo(EpollPoller? Poller, WriteFlusher Flusher);
