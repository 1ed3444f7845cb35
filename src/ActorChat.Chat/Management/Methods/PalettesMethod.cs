using System.Text.Json.Nodes;
using ActorChat.Chat.Management.Rendering;
using ActorChat.Chat.Management.Rpc;

namespace ActorChat.Chat.Management.Methods;

/// <summary>
/// <c>palettes</c>: the command catalogue the CLI downloads at connect (as pbm does), so the client
/// offers exactly what this node serves: palettes → commands → arguments with switches.
/// </summary>
internal sealed class PalettesMethod : RpcMethod<NoParams>
{
    public override string Name => "palettes";

    protected override NoParams? Parse(ParamReader reader) => NoParams.Instance;

    protected override Task<RpcOutcome> ExecuteAsync(NoParams request, RpcCall call, CancellationToken cancellationToken)
    {
        var palettes = new JsonArray();
        foreach (var palette in RpcDispatcher.Default.Commands.GroupBy(c => c.Palette, StringComparer.Ordinal))
        {
            var commands = new JsonArray();
            foreach (var command in palette)
            {
                var arguments = new JsonArray();
                foreach (var argument in command.Arguments)
                {
                    arguments.Add(new JsonObject
                    {
                        ["name"] = argument.Name,
                        ["switches"] = JsonRender.Strings(argument.Switches),
                        ["type"] = argument.Type,
                        ["description"] = argument.Description,
                        ["mandatory"] = argument.Mandatory,
                        ["default"] = argument.Default,
                        ["values"] = JsonRender.Strings(argument.Values ?? []),
                    });
                }

                commands.Add(new JsonObject
                {
                    ["name"] = command.Name,
                    ["method"] = command.Method,
                    ["description"] = command.Description,
                    ["streaming"] = command.Streaming,
                    ["confirm"] = command.Confirm,
                    ["arguments"] = arguments,
                });
            }

            palettes.Add(new JsonObject { ["name"] = palette.Key, ["commands"] = commands });
        }

        return Task.FromResult(RpcOutcome.Ok(new JsonObject
        {
            ["node"] = call.Node.NodeName,
            ["version"] = call.Node.Version,
            ["palettes"] = palettes,
        }));
    }
}
