namespace ActorChat.Actors.Shutdown;

/// <summary>
/// Orders phases so that every phase comes after the phases it depends on (depth-first, visiting
/// phases in ordinal name order so the result is deterministic). Problems are reported, not thrown:
/// an unknown dependency names both phases, a cycle names the whole loop.
/// </summary>
internal static class PhaseGraph
{
    public static IReadOnlyList<string> Order(IReadOnlyDictionary<string, ShutdownPhase> phases, List<string> errors)
    {
        var ordered = new List<string>(phases.Count);
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        var reportedCycles = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (name, phase) in phases.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            foreach (var dependency in phase.DependsOn)
            {
                if (!phases.ContainsKey(dependency))
                {
                    errors.Add($"phase [{name}] depends on unknown phase [{dependency}]");
                }
            }
        }

        foreach (var name in phases.Keys.Order(StringComparer.Ordinal))
        {
            Visit(name);
        }

        return ordered;

        void Visit(string name)
        {
            if (done.Contains(name) || !phases.TryGetValue(name, out var phase))
            {
                return;
            }

            var at = path.IndexOf(name);
            if (at >= 0)
            {
                var cycle = string.Join(" -> ", path.Skip(at).Append(name));
                if (reportedCycles.Add(string.Join(",", path.Skip(at).Order(StringComparer.Ordinal))))
                {
                    errors.Add($"phases form a cycle: {cycle}");
                }

                return;
            }

            path.Add(name);
            foreach (var dependency in phase.DependsOn.Order(StringComparer.Ordinal))
            {
                Visit(dependency);
            }

            path.RemoveAt(path.Count - 1);
            if (done.Add(name))
            {
                ordered.Add(name);
            }
        }
    }
}
