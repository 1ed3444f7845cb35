using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary><c>chat who</c>: logged-in users, sorted by name: connected since, remote endpoint, idle time.</summary>
internal sealed class ChatWhoMethod : RpcMethod<NoParams>
{
    public override string Name => "chat.who";

    public override CommandSpec Command { get; } = new("chat", "who", "chat.who", "logged-in users: connected since, remote endpoint, idle time", []);

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        var now = call.Node.System.TimeProvider.GetUtcNow();
        var users = new JsonArray();
        foreach (var session in call.Node.Chat.Stats.Sessions.Snapshot())
        {
            users.Add(new JsonObject
            {
                ["name"] = session.Name,
                ["connectedSince"] = JsonRender.Time(session.ConnectedAt),
                ["remote"] = session.Remote,
                ["idleSeconds"] = JsonRender.Seconds(now - session.LastActive),
            });
        }

        return Task.FromResult(RpcOutcome.Ok(new JsonObject { ["node"] = call.Node.NodeName, ["count"] = users.Count, ["users"] = users }));
    }
}
