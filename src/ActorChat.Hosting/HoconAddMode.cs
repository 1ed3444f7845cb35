namespace ActorChat.Hosting;

/// <summary>Where <see cref="ActorSystemBuilder.AddHocon(ActorChat.Hocon.Config, HoconAddMode)"/> puts new config.</summary>
public enum HoconAddMode
{
    /// <summary>The new config is a fallback: values already added win.</summary>
    Append,

    /// <summary>The new config goes in front: it wins over values already added (which stay as fallback).</summary>
    Prepend,
}
