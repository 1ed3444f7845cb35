using System.Diagnostics;
using System.Runtime.CompilerServices;
using ActorChat.Actors;
using ActorChat.Hocon;
using ActorChat.Remote;

namespace ActorChat.RemotePingPong;

/// <summary>
/// One RemotePingPong run: systems "a" and "b" on 127.0.0.1 (free ports) in this process; <c>clients</c>
/// clients on a, each bouncing its message off its own echo actor on b over the one a↔b association.
/// Bounded: a run past <c>timeout</c> reports its partial count and is marked incomplete.
/// </summary>
internal static class RemotePingPongRun
{
    private const string Hocon = """
        actorchat.loglevel = OFF
        actorchat.log-dead-letters = off
        actorchat.remote { hostname = "127.0.0.1", port = 0 }
        """;

    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    public static async Task<RunResult> RunAsync(int clients, int inFlight, long roundTrips, string messageKind, TimeSpan timeout)
    {
        var setup = new RemoteSetup { MessageTypes = new RemoteMessageTypes().Register<Ping>("bench.Ping") };
        var a = ActorSystem.Create("a", ConfigurationFactory.ParseString(Hocon));
        var b = ActorSystem.Create("b", ConfigurationFactory.ParseString(Hocon));
        try
        {
            var remoteA = Remoting.Start(a, setup);
            var remoteB = Remoting.Start(b, setup);
            object message = messageKind == "json" ? new Ping(1, "ping") : 1;
            var refs = new IActorRef[clients];
            var progress = new StrongBox<long>[clients];
            var done = new Task[clients];
            for (var i = 0; i < clients; i++)
            {
                b.ActorOf(Props.Create<EchoActor>(), "echo-" + i);
                var echo = remoteA.ResolveActorRef(remoteB.Address + "/user/echo-" + i);

                // Associate (handshake) and make sure the echo is up before the clock starts.
                await echo.Ask<object>(message, Bound).ConfigureAwait(false);
                var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                var box = progress[i] = new StrongBox<long>();
                refs[i] = a.ActorOf(Props.Create(() => new Client(echo, message, roundTrips, inFlight, box, tcs)));
                done[i] = tcs.Task;
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var (gen0, gen1, gen2) = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            foreach (var client in refs)
            {
                client.Tell(Start.Instance, null);
            }

            var all = Task.WhenAll(done);
            var completed = await Task.WhenAny(all, Task.Delay(timeout)).ConfigureAwait(false) == all;
            stopwatch.Stop();
            var received = completed ? roundTrips * clients : progress.Sum(p => Volatile.Read(ref p.Value));
            return new RunResult(clients, received * 2, stopwatch.Elapsed, completed,
                GC.CollectionCount(0) - gen0, GC.CollectionCount(1) - gen1, GC.CollectionCount(2) - gen2,
                GC.GetTotalAllocatedBytes(precise: true) - allocated);
        }
        finally
        {
            await Task.WhenAll(a.Terminate(), b.Terminate()).WaitAsync(Bound).ConfigureAwait(false);
        }
    }
}
