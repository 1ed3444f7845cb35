namespace ActorChat.Chat.Settings;

/// <summary><c>actorchat.chat.socket-reader</c>.</summary>
public enum SocketReaderKind
{
    /// <summary>epoll where available (Linux x64/arm64), async receives elsewhere.</summary>
    Auto,

    /// <summary>One shared epoll thread; starting fails where epoll is not available.</summary>
    Epoll,

    /// <summary>An async receive per connection (any OS; about 1 KB more per idle connection).</summary>
    Async,
}
