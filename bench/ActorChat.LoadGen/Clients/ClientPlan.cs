using System.Globalization;
using System.Net;
using ActorChat.LoadGen.Cli;

namespace ActorChat.LoadGen.Clients;

/// <summary>
/// Names and endpoints of a run's clients: <c>u0</c>, <c>u1</c>, ... on <c>--port</c>; for cross the
/// first half <c>a0</c>.. on <c>--port</c> and the second half <c>b0</c>.. on <c>--port2</c>.
/// </summary>
internal static class ClientPlan
{
    public static IReadOnlyList<ClientSpec> For(LoadGenOptions options)
    {
        var first = new IPEndPoint(options.Host, options.Port);
        var specs = new ClientSpec[options.Clients];
        if (options.Scenario != Scenario.Cross)
        {
            for (var i = 0; i < specs.Length; i++)
            {
                specs[i] = new ClientSpec(i, Name(options.NamePrefix, i), first);
            }

            return specs;
        }

        var second = new IPEndPoint(options.Host, options.Port2);
        var sideA = SideACount(options.Clients);
        for (var i = 0; i < specs.Length; i++)
        {
            specs[i] = i < sideA
                ? new ClientSpec(i, Name(options.NamePrefix + "a", i), first)
                : new ClientSpec(i, Name(options.NamePrefix + "b", i - sideA), second);
        }

        return specs;
    }

    /// <summary>Clients on the first endpoint in cross (the larger half when the count is odd).</summary>
    public static int SideACount(int clients) => (clients + 1) / 2;

    private static string Name(string prefix, int i) => prefix + i.ToString(CultureInfo.InvariantCulture);
}
