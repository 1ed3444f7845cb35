namespace ActorChat.Hocon.Model;

/// <summary>A resolved array.</summary>
internal sealed class ConfigList : ConfigValue
{
    public ConfigList(IReadOnlyList<ConfigValue> items, SourceLocation? location = null)
        : base(location)
    {
        Items = items;
    }

    public IReadOnlyList<ConfigValue> Items { get; }

    public override HoconType Type => HoconType.Array;

    public override bool ValueEquals(ConfigValue other)
    {
        if (other is not ConfigList list || list.Items.Count != Items.Count)
        {
            return false;
        }

        for (var i = 0; i < Items.Count; i++)
        {
            if (!Items[i].ValueEquals(list.Items[i]))
            {
                return false;
            }
        }

        return true;
    }
}
