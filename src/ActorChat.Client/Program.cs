using ActorChat.Client;

// actorchat-client [HOST:PORT] NAME: stdin lines to the server, server lines to stdout.
// Exit codes: 0 the session ended (stdin EOF or the server closed), 1 login refused or usage, 2 cannot connect.
var (options, error) = ClientOptions.Parse(args);
if (options is null)
{
    await Console.Error.WriteLineAsync($"actorchat-client: {error}\n{ClientOptions.Usage}").ConfigureAwait(false);
    return 1;
}

return await new ChatSession(Console.In, Console.Out, Console.Error).RunAsync(options).ConfigureAwait(false);
