namespace ActorChat.Actors.Scheduling;

/// <summary>A <see cref="CancellationTokenSource"/>-backed <see cref="ICancelable"/>.</summary>
public sealed class Cancelable : ICancelable, IDisposable
{
    private readonly CancellationTokenSource _source = new();

    public bool IsCancellationRequested => _source.IsCancellationRequested;

    public CancellationToken Token => _source.Token;

    /// <summary>An already-canceled instance.</summary>
    public static Cancelable CreateCanceled()
    {
        var cancelable = new Cancelable();
        cancelable.Cancel();
        return cancelable;
    }

    public void Cancel()
    {
        try
        {
            _source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Disposed means nothing is left to cancel.
        }
    }

    public void Dispose() => _source.Dispose();
}
