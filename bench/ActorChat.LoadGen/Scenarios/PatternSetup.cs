using ActorChat.LoadGen.Cli;
using ActorChat.LoadGen.Clients;
using ActorChat.LoadGen.Protocols;

namespace ActorChat.LoadGen.Scenarios;

/// <summary>
/// Builds the traffic pattern of a message scenario from the logged-in clients. For IRC fan-out the
/// sender and the K recipients first join the fan-out channel, one after another, each waiting for
/// its end-of-NAMES reply (so every member is in before the first message).
/// </summary>
internal static class PatternSetup
{
    public static async Task<(ITrafficPattern? Pattern, string? Failure)> BuildAsync(
        LoadGenOptions options, IChatProtocol protocol, IReadOnlyList<ChatClient> clients, CancellationToken cancellationToken = default)
    {
        switch (options.Scenario)
        {
            case Scenario.Cross:
                var sideA = ClientPlan.SideACount(clients.Count);
                return (new CrossPattern([.. clients.Take(sideA)], [.. clients.Skip(sideA)]), null);
            case Scenario.Fanout:
                return await FanoutAsync(options, protocol, clients, cancellationToken).ConfigureAwait(false);
            default:
                return (new DirectPattern(clients), null);
        }
    }

    private static async Task<(ITrafficPattern? Pattern, string? Failure)> FanoutAsync(
        LoadGenOptions options, IChatProtocol protocol, IReadOnlyList<ChatClient> clients, CancellationToken cancellationToken)
    {
        // Client 0 sends; clients 1..K receive; any further clients stay idle.
        var sender = clients[0];
        var recipients = clients.Skip(1).Take(options.Fanout).ToList();
        if (protocol.FanoutJoin() is { } join)
        {
            foreach (var member in recipients.Prepend(sender))
            {
                if (!await member.JoinAsync(join, cancellationToken).ConfigureAwait(false))
                {
                    return (null, $"{member.Name}: JOIN {IrcProtocol.FanoutChannel} failed (connection closed)");
                }
            }
        }

        var prefix = protocol.FanoutPrefix([.. recipients.Select(r => r.Name)]);
        return (new FanoutPattern(sender, prefix, options.Fanout), null);
    }
}
