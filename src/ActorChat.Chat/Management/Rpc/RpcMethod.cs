using System.Text.Json;
using ActorChat.Chat.Management.Palettes;

namespace ActorChat.Chat.Management.Rpc;

/// <summary>
/// The shape of every method: <see cref="Parse"/> the params into a typed request (a bad param is a
/// -32602 naming it), <see cref="ExecuteAsync"/> it, and render the result as JSON inside it.
/// </summary>
internal abstract class RpcMethod<TRequest> : IRpcMethod
    where TRequest : class
{
    public abstract string Name { get; }

    public virtual CommandSpec? Command => null;

    public virtual bool Audited => false;

    public async Task<RpcOutcome> InvokeAsync(JsonElement? parameters, RpcCall call, CancellationToken cancellationToken)
    {
        var reader = new ParamReader(parameters);
        var request = Parse(reader);
        if (!reader.Finish() || request is null)
        {
            return RpcOutcome.Fail(RpcError.InvalidParams(reader.Error ?? "invalid params"));
        }

        return await ExecuteAsync(request, call, cancellationToken).ConfigureAwait(false);
    }

    protected abstract TRequest? Parse(ParamReader reader);

    protected abstract Task<RpcOutcome> ExecuteAsync(TRequest request, RpcCall call, CancellationToken cancellationToken);
}
