using ActorChat.Hocon.Model;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Resolution;

internal sealed partial class Resolver
{
    /// <summary>
    /// Resolves a substitution or concatenation that is a history entry, marking it in progress so that
    /// lookups of its own field see only older values. Memoized per entry.
    /// </summary>
    private ConfigValue? ResolveEntry(Node entry, HoconPath? fieldPath)
    {
        if (_entries.TryGetValue(entry, out var known))
        {
            return known;
        }

        if (_inProgress.ContainsKey(entry))
        {
            // Histories are cut before in-progress entries, so this is only reachable through a detached
            // object that refers to its own container; report it as the cycle it is.
            throw CycleError(fieldPath ?? HoconPath.Root, entry as SubstitutionNode);
        }

        var start = BeginTracking();
        _inProgress.Add(entry, _stack.Count);
        Push(new ResolveFrame(fieldPath, entry, 0), entry as SubstitutionNode);
        var value = entry is SubstitutionNode substitution
            ? ResolveSubstitution(substitution)
            : ResolveConcat((ConcatNode)entry, fieldPath);
        _stack.RemoveAt(_stack.Count - 1);
        _inProgress.Remove(entry);
        if (EndTracking(start))
        {
            _entries[entry] = value;
        }

        return value;
    }

    /// <summary>
    /// Looks a substitution up: at the include point first when it came from an included file, then from the
    /// root, then as an environment variable (always a string). Null means undefined, allowed for ${?x}.
    /// </summary>
    private ConfigValue? ResolveSubstitution(SubstitutionNode substitution)
    {
        ConfigValue? value = null;
        if (!substitution.Prefix.IsRoot)
        {
            value = ValueAt(substitution.Prefix.Concat(substitution.Path), substitution);
        }

        value ??= ValueAt(substitution.Path, substitution);
        if (value is null && substitution.UseEnvironment
            && _environment(substitution.Path.ToEnvironmentName()) is { } variable)
        {
            value = ConfigScalar.String(variable, substitution.Location);
        }

        if (value is null && !substitution.Optional)
        {
            throw IsSelfReference(substitution.Path)
                ? CycleError(substitution.Path, substitution)
                : new ConfigResolveException(
                    substitution.Path.ToString(),
                    substitution.Location,
                    $"could not resolve substitution {substitution}: no value at path '{substitution.Path}' and no environment variable named '{substitution.Path.ToEnvironmentName()}'");
        }

        return value;
    }

    /// <summary>
    /// True when the path is, or lies inside, a field whose substitution or concatenation value is being
    /// resolved: it was cut from its own history and found nothing older, which is a cycle, not a typo.
    /// </summary>
    private bool IsSelfReference(HoconPath path)
    {
        foreach (var frame in _stack)
        {
            if (frame.Entry is not null && frame.Path is { IsRoot: false } p && path.StartsWith(p))
            {
                return true;
            }
        }

        return false;
    }

    private ConfigResolveException CycleError(HoconPath path, SubstitutionNode? requester)
    {
        var chain = new List<string>();
        foreach (var frame in _stack)
        {
            var step = frame.Entry is SubstitutionNode s ? s.ToString() : frame.Path?.ToString();
            if (!string.IsNullOrEmpty(step) && (chain.Count == 0 || chain[^1] != step))
            {
                chain.Add(step);
            }
        }

        var what = requester is null ? $"'{path}'" : $"{requester}";
        return new ConfigResolveException(
            path.ToString(),
            requester?.Location,
            $"substitution cycle: {what} depends on its own value and has no earlier value to fall back on ({string.Join(" -> ", chain)} -> {path})");
    }
}
