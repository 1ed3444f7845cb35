using ActorChat.Hocon.Model;
using ActorChat.Hocon.Rendering;
using ActorChat.Hocon.Resolution;
using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon;

/// <summary>
/// An immutable configuration tree with Akka.NET-style typed getters.
/// <para>
/// Resolution order: <see cref="ConfigurationFactory"/>'s parse methods resolve substitutions at once
/// (Akka.NET's behaviour), so a config from ParseString is complete on its own and <c>${x}</c> can only refer
/// to its own text (or an environment variable). To let an application config's substitutions see values
/// from an embedded <c>reference.conf</c>, parse with <c>new ConfigParseOptions { Resolve = false }</c> and
/// call <c>app.WithFallback(reference).Resolve()</c> (lightbend's order). Getters on a config that still has
/// unresolved substitutions throw <see cref="ConfigResolveException"/>.
/// </para>
/// <para>
/// <see cref="WithFallback"/> keeps every input's per-key history, so chains merge exactly as if the texts were
/// written one after another, lowest priority first (hocon.md §18). Paths use HOCON key syntax:
/// <c>akka.actor.deployment."/user/x".router</c>. A value set to <c>null</c> counts as missing.
/// </para>
/// </summary>
public sealed partial class Config
{
    // Exactly one form is authoritative: the resolved tree, or the unresolved tree it is computed from.
    private readonly ObjectNode? _unresolved;
    private readonly bool _hasSubstitutions;
    private readonly HoconPath _origin;
    private ConfigObject? _resolved;

    internal Config(ConfigObject resolved, HoconPath? origin = null)
    {
        _resolved = resolved;
        _origin = origin ?? HoconPath.Root;
    }

    internal Config(ObjectNode unresolved, bool hasSubstitutions)
    {
        _unresolved = unresolved;
        _hasSubstitutions = hasSubstitutions;
        _origin = HoconPath.Root;
    }

    /// <summary>The config with no keys.</summary>
    public static Config Empty { get; } = new(ConfigObject.Empty);

    /// <summary>True when the config has no keys.</summary>
    public bool IsEmpty => _resolved?.IsEmpty ?? _unresolved!.Fields.Count == 0;

    /// <summary>False when substitutions are waiting for <see cref="Resolve"/>.</summary>
    public bool IsResolved => !_hasSubstitutions;

    /// <summary>The resolved root; merges of resolved configs are folded on first use.</summary>
    internal ConfigObject Root
    {
        get
        {
            if (_resolved is { } resolved)
            {
                return resolved;
            }

            if (_hasSubstitutions)
            {
                throw new ConfigResolveException(
                    "",
                    null,
                    "this config has unresolved substitutions: call Resolve() (after WithFallback) before reading values");
            }

            // A benign race: two threads may fold the same immutable input and store equal results.
            resolved = Resolver.Resolve(_unresolved!, hasSubstitutions: false, Environment.GetEnvironmentVariable);
            _resolved = resolved;
            return resolved;
        }
    }

    public static implicit operator Config(string hocon) => ConfigurationFactory.ParseString(hocon);

    /// <summary>Same as the implicit conversion: parses and resolves <paramref name="hocon"/>.</summary>
    public static Config FromString(string hocon) => ConfigurationFactory.ParseString(hocon);

    /// <summary>
    /// Resolves substitutions against this whole config (including its fallbacks); environment variables
    /// fill paths the config does not have. Returns this config when there is nothing to resolve.
    /// </summary>
    /// <exception cref="ConfigResolveException">A substitution is missing or part of a cycle.</exception>
    public Config Resolve()
    {
        if (!_hasSubstitutions)
        {
            return this;
        }

        return new Config(Resolver.Resolve(_unresolved!, hasSubstitutions: true, Environment.GetEnvironmentVariable));
    }

    /// <summary>
    /// A config where this one wins and <paramref name="fallback"/> fills the gaps; objects merge deeply
    /// (hocon.md §18). Neither input changes. Chains read left to right, highest priority first.
    /// </summary>
    /// <exception cref="ArgumentException">The fallback is this config itself.</exception>
    public Config WithFallback(Config fallback)
    {
        ArgumentNullException.ThrowIfNull(fallback);
        if (ReferenceEquals(this, fallback))
        {
            throw new ArgumentException("a config cannot be its own fallback", nameof(fallback));
        }

        if (fallback.IsEmpty && fallback.IsResolved)
        {
            return this;
        }

        if (IsEmpty && IsResolved)
        {
            return fallback;
        }

        var merged = new ObjectNode(null);
        merged.MergeFrom(fallback.AsNode());
        merged.MergeFrom(AsNode());
        return new Config(merged, _hasSubstitutions || fallback._hasSubstitutions);
    }

    /// <summary>
    /// This config placed under <paramref name="key"/> (a single key, not a path). Substitutions of an
    /// unresolved config are not rebased: they still refer to paths from the new root.
    /// </summary>
    public Config AtKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_resolved is { } resolved)
        {
            return new Config(new ConfigObject(new Dictionary<string, ConfigValue>(StringComparer.Ordinal) { [key] = resolved }));
        }

        var wrapper = new ObjectNode(null);
        wrapper.Add(key, _unresolved!);
        return new Config(wrapper, _hasSubstitutions);
    }

    /// <summary>The top-level keys and their values, e.g. to read a table of serializers.</summary>
    public IEnumerable<KeyValuePair<string, HoconValue>> AsEnumerable()
    {
        foreach (var (key, value) in Root.Fields)
        {
            var path = _origin.Append(key);
            yield return new KeyValuePair<string, HoconValue>(key, new HoconValue(value, path.ToString(), path));
        }
    }

    /// <summary>The resolved tree as JSON; numbers keep their source text.</summary>
    public string ToJson(bool indented = true) => JsonRenderer.Render(Root, indented);

    /// <summary>The resolved tree as HOCON that parses back to the same tree.</summary>
    public override string ToString() =>
        _hasSubstitutions && _resolved is null
            ? "# unresolved config: call Resolve() to render it\n"
            : HoconRenderer.Render(Root);

    /// <summary>The unresolved form used to merge: the tree itself, or a resolved root as one-entry histories.</summary>
    private ObjectNode AsNode()
    {
        if (_unresolved is not null)
        {
            return _unresolved;
        }

        var node = new ObjectNode(null);
        foreach (var (key, value) in _resolved!.Fields)
        {
            node.Add(key, value);
        }

        return node;
    }
}
