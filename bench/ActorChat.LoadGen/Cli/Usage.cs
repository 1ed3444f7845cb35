namespace ActorChat.LoadGen.Cli;

/// <summary>The help text; every option is described in bench/README.md ("Load generator").</summary>
internal static class Usage
{
    public const string Text = """
        usage: actorchat-loadgen --scenario connect|direct|fanout|cross [options]
               actorchat-loadgen report RESULTS.jsonl [--readme FILE] [--note TEXT]

          --protocol line|irc        ActorChat line protocol (default) or IRC
          --label NAME               names the server in the JSON and the report (default: actorchat / irc)
          --host ADDR                loopback only: 127.0.0.1 (default), ::1, localhost
          --port N                   server port (default 8080 line, 6667 irc)
          --port2 N                  second endpoint for cross (default: --port)
          --server-pid PID           server process for CPU and RSS from /proc
          --server-pid2 PID          second server process (cross on two nodes)
          --clients N                clients (default 1000; fanout: fanout+1)
          --fanout K                 recipients per fanout message (default 100)
          --rate R                   messages/s in total, paced open-loop; 0 = full speed (default)
          --window W                 full speed: most deliveries in flight (default 20 x clients, max 20000; fanout 20 x K)
          --burst B                  full speed: most messages written between flushes (default 0 = the window's free room)
          --messages M               measured messages (default 200000; fanout 5000; each = K deliveries)
          --warmup M0                messages sent first and not measured (default messages/10)
          --payload-bytes N          message text size in bytes, 1..400 (default 32)
          --timeout-seconds S        bound of the whole run (default 120)
          --drain-seconds S          wait for outstanding deliveries at the end (default 10)
          --settle-seconds S         connect: pause before the RSS sample (default 2)
          --hold-seconds S           connect: keep the clients connected this long (default 0)
          --connect-concurrency N    handshakes in progress at once (default 256)
          --name-prefix P            client names P0, P1, ... (default u; cross: a0.., b0..)
          --seed N                   random seed for sender/recipient choice (default 1)
          --inline-completions on|off  socket continuations on the epoll thread (default on)

        Output: progress on stderr, one JSON line on stdout.
        Exit codes: 0 ok, 1 bad arguments, 2 cannot connect or log in, 3 incomplete (lost or timeout).
        """;
}
