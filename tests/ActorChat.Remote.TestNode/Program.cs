using System.Globalization;
using ActorChat.Actors;
using ActorChat.Hocon;
using ActorChat.Remote;
using ActorChat.Remote.TestNode;

// Usage: ActorChat.Remote.TestNode [--lifetime-seconds S]
// Starts actor system "node" with remoting on 127.0.0.1, a free port, hosts an echo actor at
// /user/echo and prints "address <actorchat.tcp://node@127.0.0.1:port>" once it can be reached.
// The parent test normally kills it (SIGKILL); the lifetime bound (default 120 s) makes sure an
// orphaned node still goes away by itself.
var lifetime = TimeSpan.FromSeconds(120);
for (var i = 0; i + 1 < args.Length; i += 2)
{
    lifetime = args[i] == "--lifetime-seconds"
        ? TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture))
        : throw new ArgumentException($"unknown option {args[i]}");
}

var system = ActorSystem.Create("node", ConfigurationFactory.ParseString("actorchat.remote { hostname = \"127.0.0.1\", port = 0 }"));
var remoting = Remoting.Start(system);
system.ActorOf(Props.Create<EchoActor>(), "echo");
Console.Out.WriteLine("address " + remoting.Address);
Console.Out.Flush();

await Task.WhenAny(system.WhenTerminated, Task.Delay(lifetime)).ConfigureAwait(false);
await system.Terminate().WaitAsync(TimeSpan.FromSeconds(10)).ConfigureAwait(false);
