using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using FsConfig = FsCheck.Config;

namespace ActorChat.Actors.Tests.Dispatch;

/// <summary>
/// Random interleavings of many senders into one or more receivers: per sender→receiver FIFO and
/// exactly-once delivery (nothing lost, nothing duplicated), whatever the sender mix (actors sending in
/// chunks between self-messages, external threads yielding at random points), dispatcher throughput,
/// receiver dispatcher and mailbox type. Each case runs in a fresh system and is bounded in time.
/// </summary>
public sealed class MailboxDeliveryPropertyTests
{
    private static readonly TimeSpan CaseTimeout = TimeSpan.FromSeconds(10);

    // 40 cases of at most 8 senders x 400 messages: a few seconds in total.
    private static readonly FsConfig Settings = FsConfig.QuickThrowOnFailure.WithMaxTest(40);

    private static Gen<Scenario> Scenarios =>
        from throughput in Gen.Elements(1, 2, 5, 30, 100)
        from receivers in Gen.Choose(1, 3)
        from senders in Gen.Choose(1, 8)
        from maxMessages in Gen.Choose(0, 400)
        from seed in Gen.Choose(0, int.MaxValue)
        select new Scenario(throughput, receivers, senders, maxMessages, seed);

    [Fact]
    public void Mailbox_RandomSendersAndInterleavings_PerSenderFifoExactlyOnce()
    {
        var total = Stopwatch.StartNew();
        Check.One(Settings, Prop.ForAll(Scenarios.ToArbitrary(), scenario => RunAsync(scenario).GetAwaiter().GetResult()));
        Assert.True(total.Elapsed < TimeSpan.FromSeconds(30), $"the property took {total.Elapsed}");
    }

    private static async Task<bool> RunAsync(Scenario scenario)
    {
        var random = new Random(scenario.Seed);

        // Sender s sends plan[s][i] = receiver index of its i-th message.
        var plans = Enumerable.Range(0, scenario.Senders)
            .Select(_ => Enumerable.Range(0, random.Next(scenario.MaxMessages + 1)).Select(_ => random.Next(scenario.Receivers)).ToArray())
            .ToArray();
        var expected = new int[scenario.Receivers];
        foreach (var target in plans.SelectMany(p => p))
        {
            expected[target]++;
        }

        var system = ActorSystem.Create("prop", ActorChat.Hocon.Config.FromString($$"""
            actorchat.loglevel = OFF
            actorchat.log-dead-letters = off
            actorchat.actor.default-dispatcher.throughput = {{scenario.Throughput}}
            receiver-dispatcher { throughput = {{random.Next(1, 50)}} }
            """));
        try
        {
            var logs = new List<Numbered>[scenario.Receivers];
            var done = new Task[scenario.Receivers];
            var receivers = new IActorRef[scenario.Receivers];
            for (var r = 0; r < scenario.Receivers; r++)
            {
                var log = logs[r] = [];
                var completion = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                done[r] = completion.Task;
                var count = expected[r];
                var props = Props.Create(() => new Recorder(log, count, completion));
                props = random.Next(2) == 0 ? props : props.WithDispatcher("receiver-dispatcher");
                props = random.Next(3) == 0 ? props.WithMailbox("actorchat.actor.unbounded-deque-mailbox") : props;
                receivers[r] = system.ActorOf(props);
                if (count == 0)
                {
                    completion.TrySetResult();
                }
            }

            var threads = new List<Thread>();
            for (var s = 0; s < scenario.Senders; s++)
            {
                var sender = s;
                var plan = plans[s];
                var senderSeed = random.Next();
                if (random.Next(2) == 0)
                {
                    system.ActorOf(Props.Create(() => new ChunkedSender(sender, plan, receivers, senderSeed))).Tell(Continue.Instance, null);
                }
                else
                {
                    threads.Add(new Thread(() => SendFromThread(sender, plan, receivers, senderSeed)) { IsBackground = true });
                }
            }

            threads.ForEach(t => t.Start());
            await Task.WhenAll(done).WaitAsync(CaseTimeout);
            threads.ForEach(t => t.Join(CaseTimeout));

            // Give a duplicate a moment to show up, then stop everything so the logs are final.
            await Task.Delay(5);
            await system.Terminate().WaitAsync(CaseTimeout);

            for (var r = 0; r < scenario.Receivers; r++)
            {
                for (var s = 0; s < scenario.Senders; s++)
                {
                    var sent = Enumerable.Range(0, plans[s].Length).Where(i => plans[s][i] == r);
                    var received = logs[r].Where(m => m.Sender == s).Select(m => m.Seq);
                    Assert.True(sent.SequenceEqual(received), $"{scenario}: receiver {r} from sender {s}: sent [{string.Join(",", sent)}] received [{string.Join(",", received)}]");
                }
            }

            return true;
        }
        finally
        {
            await system.Terminate().WaitAsync(CaseTimeout);
        }
    }

    private static void SendFromThread(int sender, int[] plan, IActorRef[] receivers, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < plan.Length; i++)
        {
            receivers[plan[i]].Tell(new Numbered(sender, i), ActorRefs.NoSender);
            switch (random.Next(16))
            {
                case 0:
                    Thread.Yield();
                    break;
                case 1:
                    Thread.SpinWait(random.Next(1, 200));
                    break;
            }
        }
    }

    /// <summary>A generated case; shown by FsCheck when the property fails.</summary>
    public sealed record Scenario(int Throughput, int Receivers, int Senders, int MaxMessages, int Seed);

    private sealed record Numbered(int Sender, int Seq);

    private sealed class Continue
    {
        public static Continue Instance { get; } = new();
    }

    /// <summary>Sends its plan a random chunk at a time, yielding its thread between chunks via a self-message.</summary>
    private sealed class ChunkedSender(int sender, int[] plan, IActorRef[] receivers, int seed) : UntypedActor
    {
        private readonly Random _random = new(seed);
        private int _next;

        protected override void OnReceive(object message)
        {
            var end = Math.Min(plan.Length, _next + _random.Next(1, 20));
            for (; _next < end; _next++)
            {
                receivers[plan[_next]].Tell(new Numbered(sender, _next));
            }

            if (_next < plan.Length)
            {
                Self.Tell(Continue.Instance);
            }
        }
    }

    /// <summary>Appends every message to a log owned by the test; completes once the expected count arrived.</summary>
    private sealed class Recorder(List<Numbered> log, int expected, TaskCompletionSource done) : UntypedActor
    {
        protected override void OnReceive(object message)
        {
            log.Add((Numbered)message);
            if (log.Count == expected)
            {
                done.TrySetResult();
            }
        }
    }
}
