using System.Runtime.InteropServices;
using ActorChat.Actors.Logging;

namespace ActorChat.Actors.Shutdown;

/// <summary>
/// <c>run-by-clr-shutdown-hook</c>: process signals and process exit run CoordinatedShutdown with
/// <see cref="ClrExitReason"/>. One instance per system, removed when the system terminates, so a
/// process that creates many systems (tests) does not pile up handlers.
/// </summary>
/// <remarks>
/// Signals (SIGTERM, SIGINT, SIGQUIT):
/// 1. First signal: cancel the default termination and start the run; the process then ends the way
///    the application ends it (Main awaiting <see cref="ActorSystem.WhenTerminated"/>, the generic
///    host stopping, or exit-clr).
/// 2. Another signal while the run is still going: exit at once with 128 + signal number
///    (130 SIGINT, 131 SIGQUIT, 143 SIGTERM), for an operator who does not want to wait.
/// Process exit (Main returned, Environment.Exit): run and wait, bounded by the total timeout.
/// </remarks>
internal sealed class ClrShutdownHooks : IDisposable
{
    private static readonly PosixSignal[] Signals = [PosixSignal.SIGTERM, PosixSignal.SIGINT, PosixSignal.SIGQUIT];

    private readonly CoordinatedShutdown _shutdown;
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signals;
    private int _disposed;
    private volatile bool _exiting;

    internal ClrShutdownHooks(CoordinatedShutdown shutdown) => _shutdown = shutdown;

    public static ClrShutdownHooks Install(CoordinatedShutdown shutdown)
    {
        var hooks = new ClrShutdownHooks(shutdown);
        foreach (var signal in Signals)
        {
            try
            {
                hooks._registrations.Add(PosixSignalRegistration.Create(signal, hooks.OnSignal));
            }
            catch (Exception e) when (e is PlatformNotSupportedException or IOException)
            {
                ShutdownLog.SignalNotSupported(shutdown.Logger, e, signal.ToString());
            }
        }

        AppDomain.CurrentDomain.ProcessExit += hooks.OnProcessExit;
        return hooks;
    }

    /// <summary>The exit code of a second signal: the shell convention 128 + signal number.</summary>
    internal static int ExitCodeFor(PosixSignal signal) => signal switch
    {
        PosixSignal.SIGINT => 130,
        PosixSignal.SIGQUIT => 131,
        PosixSignal.SIGTERM => 143,
        _ => 1,
    };

    /// <summary>Handles one signal; returns whether the default termination must be cancelled.</summary>
    internal bool HandleSignal(PosixSignal signal)
    {
        if (Volatile.Read(ref _disposed) == 1)
        {
            return false;
        }

        var name = signal.ToString();
        if (Interlocked.Increment(ref _signals) == 1)
        {
            ShutdownLog.SignalReceived(_shutdown.Logger, name, _shutdown.System.Name);
            _ = _shutdown.Run(ClrExitReason.Instance);
            return true;
        }

        if (_shutdown.WhenCompleted.IsCompleted)
        {
            return false;
        }

        var code = ExitCodeFor(signal);
        ShutdownLog.SecondSignalExit(_shutdown.Logger, name, _shutdown.System.Name, code);
        _exiting = true;
        _shutdown.ExitProcess(code);
        return true;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.ProcessExit -= OnProcessExit;
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (HandleSignal(context.Signal))
        {
            context.Cancel = true;
        }
    }

    private void OnProcessExit(object? sender, EventArgs e) => RunOnProcessExit();

    /// <summary>Runs the shutdown and waits for it, bounded by the total timeout (+1 s).</summary>
    internal void RunOnProcessExit()
    {
        if (_exiting || Volatile.Read(ref _disposed) == 1)
        {
            return;
        }

        _shutdown.ProcessExiting = true;
        var bound = _shutdown.TotalTimeout + TimeSpan.FromSeconds(1);
        ShutdownLog.ProcessExitReceived(_shutdown.Logger, _shutdown.System.Name, bound);

        // ProcessExit handlers are synchronous by contract: the process ends when they return. So
        // this is the one place that blocks on the run, bounded, on the exiting thread (never a
        // runtime thread, so the phase loop it waits for can always make progress).
        using var done = new ManualResetEventSlim(false);
        _shutdown.Run(ClrExitReason.Instance).ContinueWith(
            static (_, state) => ((ManualResetEventSlim)state!).Set(), done, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        done.Wait(bound);
    }
}
