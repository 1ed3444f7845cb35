using ActorChat.Chat.Management.Logging;
using ActorChat.Chat.Management.Methods;
using ActorChat.Chat.Management.Palettes;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>
/// The one dispatcher: method name → <see cref="IRpcMethod"/>. An unknown name is a -32601 value; a
/// method that throws (a bug) is logged and answered with -32603, so nothing escapes to the actor.
/// </summary>
internal sealed class RpcDispatcher
{
    private readonly Dictionary<string, IRpcMethod> _methods;

    public RpcDispatcher(IEnumerable<IRpcMethod> methods)
    {
        _methods = methods.ToDictionary(m => m.Name, StringComparer.Ordinal);
        Commands = [.. _methods.Values.Select(m => m.Command).OfType<CommandSpec>().OrderBy(c => c.Palette, StringComparer.Ordinal).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }

    public static RpcDispatcher Default { get; } = new(
    [
        new PingMethod(), new AuthMethod(), new CancelMethod(), new PalettesMethod(),
        new NodeInfoMethod(), new NodeConfigMethod(), new NodeShutdownMethod(),
        new ActorSystemMethod(), new ActorHierarchyMethod(),
        new ChatWhoMethod(), new ChatStatsMethod(), new ChatSendMethod(), new ChatKickMethod(), new ChatTailMethod(),
        new LogPeekMethod(), new LogTailMethod(),
        new ClusterShowMethod(), new ClusterStatusMethod(),
        new SendMethod(), new RecvMethod(),
    ]);

    /// <summary>Every CLI command, sorted by palette then name (the <c>palettes</c> catalogue).</summary>
    public IReadOnlyList<CommandSpec> Commands { get; }

    public IEnumerable<string> MethodNames => _methods.Keys.Order(StringComparer.Ordinal);

    public async Task<RpcOutcome> DispatchAsync(RpcRequest request, RpcCall call, CancellationToken cancellationToken)
    {
        if (!_methods.TryGetValue(request.Method, out var method))
        {
            return RpcOutcome.Fail(new RpcError(RpcErrorCodes.MethodNotFound, $"method not found: {request.Method}"));
        }

        try
        {
            var outcome = await method.InvokeAsync(request.Params, call, cancellationToken).ConfigureAwait(false);
            if (method.Audited && outcome.Error is null && call.Node.Log.IsEnabled(Microsoft.Extensions.Logging.LogLevel.Information))
            {
                call.Node.Log.Audit(call.Remote, method.Name, request.Params?.GetRawText() ?? "{}");
            }

            return outcome;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return RpcOutcome.Fail(RpcError.Failed("cancelled: the connection is closing"));
        }
        catch (AskTimeoutException e)
        {
            return RpcOutcome.Fail(RpcError.Failed("timed out: " + e.Message));
        }
#pragma warning disable CA1031 // A method's bug must become an error reply, never crash the connection or the node.
        catch (Exception e)
#pragma warning restore CA1031
        {
            call.Node.Log.MethodFailed(method.Name, e.ToString());
            return RpcOutcome.Fail(new RpcError(RpcErrorCodes.InternalError, $"internal error in {method.Name}: {e.Message}"));
        }
    }
}
