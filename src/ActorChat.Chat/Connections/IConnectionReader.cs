namespace ActorChat.Chat.Connections;

/// <summary>
/// Reads one client socket for its connection actor: frames lines and Tells them as
/// <see cref="InboundFrame"/>, at most read-ahead-lines ahead of the actor (credits), and always ends
/// with one <see cref="ReaderEnded"/>. Two implementations: <see cref="SocketReader"/> (async
/// receives, any OS) and <see cref="Epoll.EpollReader"/> (one shared epoll thread, Linux).
/// </summary>
internal interface IConnectionReader : IDisposable
{
    void Start();

    /// <summary>The actor handled one frame: the reader may send another.</summary>
    void ReturnCredit();

    /// <summary>Stops reading; a <see cref="ReaderEnded"/> with <see cref="ReaderEndReason.Stopped"/> follows unless it already ended.</summary>
    void Stop();
}
