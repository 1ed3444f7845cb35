using ActorChat.Hocon;

namespace ActorChat.Actors.Dispatch;

/// <summary>
/// One mailbox section (a config path such as <c>actorchat.actor.bounded-mailbox</c>), bound and
/// validated once per id. Missing keys fall back to <c>actorchat.actor.default-mailbox</c>.
/// </summary>
internal sealed record MailboxSettings
{
    public required string Id { get; init; }

    /// <summary>The section with its fallback applied, for mailbox types registered by extensions.</summary>
    public required Config Config { get; init; }

    public required string MailboxType { get; init; }

    /// <summary>Max queued user messages of a <c>bounded</c> mailbox.</summary>
    public int Capacity { get; init; } = 1000;

    public MailboxOverflowStrategy Overflow { get; init; } = MailboxOverflowStrategy.DropNew;

    /// <summary>Max stashed messages of an actor on this mailbox; -1 = unbounded.</summary>
    public int StashCapacity { get; init; } = -1;

    /// <summary>Reads <paramref name="section"/>; every problem is reported in one <see cref="ConfigException"/>.</summary>
    public static MailboxSettings Bind(string id, Config section)
    {
        var errors = new List<string>();
        T Read<T>(string key, Func<string, T> read, T fallback)
        {
            try
            {
                return read(key);
            }
            catch (Exception e) when (e is ConfigException or FormatException)
            {
                errors.Add($"{key}: {e.Message}");
                return fallback;
            }
        }

        var settings = new MailboxSettings
        {
            Id = id,
            Config = section,
            MailboxType = Read("mailbox-type", k => section.GetString(k, "unbounded") ?? "unbounded", "unbounded"),
            Capacity = Read("mailbox-capacity", k => Positive(section.GetInt(k, 1000)), 1000),
            Overflow = Read("overflow-strategy", k => ParseOverflow(section.GetString(k, "drop-new") ?? "drop-new"), MailboxOverflowStrategy.DropNew),
            StashCapacity = Read("stash-capacity", k => StashBound(section.GetInt(k, -1)), -1),
        };

        return errors.Count == 0
            ? settings
            : throw new ConfigException($"Mailbox [{id}]: {string.Join("; ", errors)}");
    }

    private static int Positive(int value) =>
        value > 0 ? value : throw new FormatException($"must be positive, got {value}");

    private static int StashBound(int value) =>
        value is -1 or > 0 ? value : throw new FormatException($"must be -1 (unbounded) or positive, got {value}");

    private static MailboxOverflowStrategy ParseOverflow(string value) => value switch
    {
        "drop-new" => MailboxOverflowStrategy.DropNew,
        "fail" => MailboxOverflowStrategy.Fail,
        _ => throw new FormatException($"expected drop-new or fail, got '{value}'"),
    };
}
