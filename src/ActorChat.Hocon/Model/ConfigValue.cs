using ActorChat.Hocon.Syntax;

namespace ActorChat.Hocon.Model;

/// <summary>
/// A resolved value. It derives from <see cref="Node"/> so literals need no wrapper in the unresolved tree
/// and a resolved config can be merged into an unresolved one as it is.
/// </summary>
internal abstract class ConfigValue : Node
{
    protected ConfigValue(SourceLocation? location)
        : base(location)
    {
    }

    public abstract HoconType Type { get; }

    /// <summary>The type as error messages name it.</summary>
    public string TypeName => Type switch
    {
        HoconType.Object => "object",
        HoconType.Array => "list",
        HoconType.String => "string",
        HoconType.Number => "number",
        HoconType.Boolean => "boolean",
        _ => "null",
    };

    /// <summary>Structural equality, used by tests and the round-trip property; key order is ignored.</summary>
    public abstract bool ValueEquals(ConfigValue other);
}
