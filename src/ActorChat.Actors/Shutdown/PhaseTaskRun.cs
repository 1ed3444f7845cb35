using ActorChat.Actors.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Shutdown;

/// <summary>
/// One task of a running phase. Starts the user delegate on the thread pool (so a delegate that
/// blocks cannot serialize its phase), logs its failure by name, and remembers whether it finished
/// in time. <see cref="Completion"/> faults only when the phase has recover = off.
/// </summary>
internal sealed class PhaseTaskRun
{
    private volatile bool _finished;

    public PhaseTaskRun(PhaseTask task, ShutdownPhase phase, ILogger logger, CancellationToken timeout)
    {
        Definition = task;
        Completion = RunAsync(phase, logger, timeout);
    }

    public PhaseTask Definition { get; }

    public Task Completion { get; }

    /// <summary>Completed (successfully or with a logged failure) before the phase timed out.</summary>
    public bool Finished => _finished;

    private async Task RunAsync(ShutdownPhase phase, ILogger logger, CancellationToken timeout)
    {
        try
        {
            await Task.Run(() => Definition.Run(timeout), CancellationToken.None).ConfigureAwait(false);
            _finished = true;
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            // Gave up because the phase timed out: the phase reports it with the other late tasks.
        }
        catch (Exception e)
        {
            _finished = true;
            ShutdownLog.TaskFailed(logger, phase.Recover ? LogLevel.Warning : LogLevel.Error, e, phase.Name, Definition.Name, phase.Recover);
            if (!phase.Recover)
            {
                throw;
            }
        }
    }
}
