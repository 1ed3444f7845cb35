using System.Text.Json.Nodes;
using ActorChat.Actors.Inspection;
using ActorChat.Chat.Management.Palettes;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>actor hierarchy [-d DEPTH] [-s PATH]</c>: the local actor tree from PATH (default /user) down
/// DEPTH levels (default 4), children sorted by name so two calls on a quiet node print the same.
/// </summary>
internal sealed class ActorHierarchyMethod : RpcMethod<ActorHierarchyMethod.Request>
{
    public const int MaxDepth = 32;

    public override string Name => "actor.hierarchy";

    public override CommandSpec Command { get; } = new("actor", "hierarchy", "actor.hierarchy", "the actor tree with mailbox sizes",
    [
        new ArgumentSpec("depth", ["-d", "--depth"], "int", "levels below the start actor (0 = the start actor only)", Default: "4"),
        new ArgumentSpec("start", ["-s", "--start"], "string", "the start path", Default: "/user", Values: ["/", "/user", "/system", "/user/chat", "/user/cmd"]),
    ]);

    protected override Request? Parse(ParamReader reader)
    {
        var depth = reader.Int("depth", 4, 0, MaxDepth);
        var start = reader.String("start", maxLength: 1024) ?? "/user";
        return start.StartsWith('/') ? new Request(depth, start) : reader.Fail<Request>("start", "must be an absolute actor path like /user/chat");
    }

    protected override Task<RpcOutcome> ExecuteAsync(Request request, RpcCall call, CancellationToken cancellationToken)
    {
        var root = ActorTreeInspector.Snapshot(call.Node.System, request.Start, request.Depth);
        return Task.FromResult(root is null
            ? RpcOutcome.Fail(RpcError.Failed($"no actor at {request.Start}"))
            : RpcOutcome.Ok(new JsonObject { ["node"] = call.Node.NodeName, ["depth"] = request.Depth, ["root"] = Render(root) }));
    }

    private static JsonObject Render(ActorTreeNode node) => new()
    {
        ["name"] = node.Name,
        ["path"] = node.Path,
        ["mailbox"] = node.MailboxSize,
        ["childCount"] = node.ChildCount,
        ["children"] = new JsonArray([.. node.Children.Select(c => (JsonNode)Render(c))]),
    };

    internal sealed record Request(int Depth, string Start);
}
