using ActorChat.Hocon.Model;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Resolution;

/// <summary>
/// Turns the unresolved tree into a <see cref="ConfigObject"/> (hocon.md §7, §14–§17).
/// <para>
/// Values are computed per path from the path's <em>history</em>: every value assigned to it, oldest first,
/// gathered through the histories of its parents. The newest value wins; objects merge with the older
/// objects below them until a non-object cuts the chain; a missing optional substitution is skipped.
/// </para>
/// <para>
/// Self-references: while a substitution or concatenation entry is being resolved it is "in progress", and
/// every history that contains it is cut just before it. So <c>a = ${a} [x]</c> sees the older <c>a</c>,
/// directly or through a chain of other paths, and an object entry is never cut, which makes
/// <c>a = { b = ${a} }</c> a cycle. A path re-entered with the same history is a cycle too.
/// </para>
/// <para>
/// Memoization: results that did not depend on a cut made by an entry already in progress when the
/// computation started are cached (per path and per entry), so each substitution resolves once.
/// </para>
/// </summary>
internal sealed partial class Resolver
{
    /// <summary>Frames allowed on the resolve stack: long substitution chains fail cleanly, not with a stack overflow.</summary>
    private const int MaxStack = 1000;

    private readonly List<Node> _rootHistory;
    private readonly bool _pathBased;
    private readonly Func<string, string?> _environment;
    private readonly Dictionary<HoconPath, List<Node>> _histories = [];
    private readonly Dictionary<HoconPath, ConfigValue?> _values = [];
    private readonly Dictionary<Node, ConfigValue?> _entries = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Node, int> _inProgress = new(ReferenceEqualityComparer.Instance);
    private readonly List<ResolveFrame> _stack = [];

    // The smallest stack depth of an in-progress entry that cut a history during the current computation.
    private int _minCutDepth = int.MaxValue;

    private Resolver(ObjectNode root, bool pathBased, Func<string, string?> environment)
    {
        _rootHistory = [root];
        _pathBased = pathBased;
        _environment = environment;
    }

    /// <summary>Resolves a whole tree.</summary>
    /// <param name="root">The merged, unresolved root object.</param>
    /// <param name="hasSubstitutions">False lets the tree be folded without path bookkeeping.</param>
    /// <param name="environment">Environment variable lookup for substitutions not found in the tree.</param>
    public static ConfigObject Resolve(ObjectNode root, bool hasSubstitutions, Func<string, string?> environment)
    {
        var resolver = new Resolver(root, hasSubstitutions, environment);
        var value = hasSubstitutions ? resolver.ValueAt(HoconPath.Root, null) : resolver.Fold(resolver._rootHistory, null);
        return value as ConfigObject ?? ConfigObject.Empty;
    }

    /// <summary>The resolved value at <paramref name="path"/>, or null when it is undefined.</summary>
    private ConfigValue? ValueAt(HoconPath path, SubstitutionNode? requester)
    {
        if (_values.TryGetValue(path, out var known))
        {
            return known;
        }

        var history = HistoryAt(path);
        foreach (var frame in _stack)
        {
            if (frame.Entry is null && frame.HistoryCount == history.Count && path.Equals(frame.Path))
            {
                throw CycleError(path, requester);
            }
        }

        var start = BeginTracking();
        Push(new ResolveFrame(path, null, history.Count), requester);
        var value = Fold(history, path);
        _stack.RemoveAt(_stack.Count - 1);
        if (EndTracking(start))
        {
            _values[path] = value;
        }

        return value;
    }

    /// <summary>The path's history with every entry from the oldest in-progress one onwards removed.</summary>
    private List<Node> HistoryAt(HoconPath path)
    {
        var history = path.IsRoot ? _rootHistory : RawHistoryAt(path);
        if (_inProgress.Count == 0)
        {
            return history;
        }

        for (var i = 0; i < history.Count; i++)
        {
            if (_inProgress.TryGetValue(history[i], out var depth))
            {
                _minCutDepth = Math.Min(_minCutDepth, depth);
                return history[..i];
            }
        }

        return history;
    }

    /// <summary>
    /// Every value assigned to <paramref name="path"/>: the field's entries in each object of the parent's
    /// history, from the newest parent object back to the first non-object that cuts the merge chain.
    /// </summary>
    private List<Node> RawHistoryAt(HoconPath path)
    {
        if (_histories.TryGetValue(path, out var known))
        {
            return known;
        }

        var start = BeginTracking();
        var parent = HistoryAt(path.Parent);
        var key = path.Last;

        // The common case, a parent written once as an object: its field list is the history. The lists
        // handed out here are never modified, so sharing the node's own list is safe.
        if (parent.Count == 1 && parent[0] is ObjectNode only)
        {
            var own = only.Fields.TryGetValue(key, out var entries) ? entries : [];
            if (EndTracking(start))
            {
                _histories[path] = own;
            }

            return own;
        }

        var chunks = new List<IEnumerable<Node>>();
        for (var i = parent.Count - 1; i >= 0; i--)
        {
            var entry = parent[i];
            if (entry is ObjectNode raw)
            {
                if (raw.Fields.TryGetValue(key, out var fieldEntries))
                {
                    chunks.Add(fieldEntries);
                }

                continue;
            }

            var value = entry is SubstitutionNode or ConcatNode ? ResolveEntry(entry, path.Parent) : entry as ConfigValue;
            if (value is null && entry is SubstitutionNode or ConcatNode)
            {
                continue;
            }

            if (value is not ConfigObject obj)
            {
                break;
            }

            if (obj.Fields.TryGetValue(key, out var child))
            {
                chunks.Add([child]);
            }
        }

        var history = new List<Node>();
        for (var i = chunks.Count - 1; i >= 0; i--)
        {
            history.AddRange(chunks[i]);
        }

        if (EndTracking(start))
        {
            _histories[path] = history;
        }

        return history;
    }

    private void Push(ResolveFrame frame, SubstitutionNode? requester)
    {
        if (_stack.Count >= MaxStack)
        {
            throw new ConfigResolveException(
                frame.Path?.ToString() ?? "",
                requester?.Location ?? frame.Entry?.Location,
                $"substitutions or objects are nested too deep (more than {MaxStack} steps) while resolving '{frame.Path}'");
        }

        _stack.Add(frame);
    }

    private (int Depth, int SavedCut) BeginTracking()
    {
        var saved = _minCutDepth;
        _minCutDepth = int.MaxValue;
        return (_stack.Count, saved);
    }

    /// <summary>True when the computation did not depend on an entry that was in progress before it began.</summary>
    private bool EndTracking((int Depth, int SavedCut) start)
    {
        var cut = _minCutDepth;
        _minCutDepth = Math.Min(start.SavedCut, cut);
        return cut >= start.Depth;
    }
}
