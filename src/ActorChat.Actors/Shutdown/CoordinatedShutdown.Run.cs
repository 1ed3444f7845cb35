using ActorChat.Actors.Logging;
using Microsoft.Extensions.Logging;

namespace ActorChat.Actors.Shutdown;

/// <summary>The phase loop of a run (steps 2–5 of the flow on <see cref="CoordinatedShutdown"/>).</summary>
public sealed partial class CoordinatedShutdown
{
    private async Task RunPhasesAsync(ShutdownReason reason, string? fromPhase)
    {
        // Off the caller's stack: Run() is called from signal handlers, Terminate() and actors.
        await Task.Yield();
        var time = _system.TimeProvider;
        var started = time.GetTimestamp();
        ShutdownLog.RunStarted(Logger, _system.Name, reason);
        var phases = Settings.OrderedPhases;
        var first = fromPhase is null ? 0 : IndexOf(phases, fromPhase);
        var current = string.Empty;
        try
        {
            for (var i = first; i < phases.Count; i++)
            {
                current = phases[i];
                await RunPhaseAsync(Settings.Phases[current], time).ConfigureAwait(false);
            }
        }
        catch (Exception e)
        {
            ShutdownLog.RunAborted(Logger, e, _system.Name, current);
            _done.TrySetException(e);

            // Logged above; callers that await the run still see the fault.
            _ = _done.Task.Exception;
            return;
        }

        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        ShutdownLog.RunCompleted(Logger, _system.Name, elapsed);
        _done.TrySetResult();
        if (Settings.ExitClr && !ProcessExiting)
        {
            ShutdownLog.ExitingClr(Logger, _system.Name);
            ExitProcess(0);
        }
    }

    /// <summary>Runs one phase; throws only when the phase has recover = off and failed or timed out.</summary>
    private async Task RunPhaseAsync(ShutdownPhase phase, TimeProvider time)
    {
        PhaseTask[] tasks;
        lock (_lock)
        {
            _startedPhases.Add(phase.Name);
            tasks = _tasks.TryGetValue(phase.Name, out var list) ? [.. list] : [];
        }

        var level = tasks.Length > 0 ? LogLevel.Information : LogLevel.Debug;
        var started = time.GetTimestamp();
        ShutdownLog.PhaseStarted(Logger, level, phase.Name, tasks.Length);
        if (tasks.Length > 0)
        {
            // One timer on the system's clock: it both bounds the wait and cancels the tasks' token.
            using var timeout = new CancellationTokenSource(phase.Timeout, time);
            var runs = tasks.Select(t => new PhaseTaskRun(t, phase, Logger, timeout.Token)).ToArray();
            var timedOut = false;
            try
            {
                await Task.WhenAll(runs.Select(r => r.Completion)).WaitAsync(timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                timedOut = true;
            }

            // A task that gave up on the cancelled token also counts as timed out.
            var unfinished = runs.Where(r => !r.Finished).Select(r => r.Definition.Name).ToArray();
            if (timedOut || unfinished.Length > 0)
            {
                var names = string.Join(", ", unfinished);
                ShutdownLog.PhaseTimedOut(Logger, phase.Recover ? LogLevel.Warning : LogLevel.Error, phase.Name, phase.Timeout, names, phase.Recover);
                if (!phase.Recover)
                {
                    throw new TimeoutException($"Coordinated shutdown phase [{phase.Name}] timed out after {phase.Timeout}; still running: [{names}]");
                }
            }
        }

        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        ShutdownLog.PhaseCompleted(Logger, level, phase.Name, elapsed);
    }

    private static int IndexOf(IReadOnlyList<string> phases, string phase)
    {
        for (var i = 0; i < phases.Count; i++)
        {
            if (phases[i] == phase)
            {
                return i;
            }
        }

        return phases.Count;
    }
}
