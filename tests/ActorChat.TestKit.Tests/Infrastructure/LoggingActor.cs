using ActorChat.Actors;
using ActorChat.Actors.Logging;

namespace ActorChat.TestKit.Tests.Infrastructure;

/// <summary>Logs each <see cref="LogRequest"/> at its level, then acknowledges with "logged".</summary>
public sealed class LoggingActor : ActorBase
{
    protected override bool Receive(object message)
    {
        if (message is not LogRequest request)
        {
            return false;
        }

        for (var i = 0; i < request.Times; i++)
        {
            Log.Log(request.Level, null, request.Text);
        }

        Sender.Tell("logged", Self);
        return true;
    }
}
