using System.Text;
using ActorChat.Chat.Settings;
using ActorChat.Hocon;

namespace ActorChat.Benchmarks.Chat;

/// <summary>
/// The "typical" chat traffic every chat benchmark uses: 7-character user names, 1-3 recipients
/// per line, texts of 16-80 characters made of common words, "\n" and "\r\n" endings mixed. Seeded,
/// so every run and every benchmark sees the same bytes.
/// </summary>
internal static class ChatLines
{
    /// <summary>A text of typical length (46 characters).</summary>
    public const string Text = "are you coming to the standup at ten tomorrow?";

    private static readonly string[] Words =
        ["hello", "are", "you", "coming", "to", "the", "meeting", "at", "noon", "ok", "see", "lunch",
         "thanks", "build", "is", "green", "again", "can", "review", "my", "patch", "today", "later", "yes"];

    /// <summary>user000, user001, ...</summary>
    public static string[] Names(int count) => [.. Enumerable.Range(0, count).Select(i => $"user{i:D3}")];

    /// <summary>"user000, user001: text" with the first <paramref name="recipients"/> names.</summary>
    public static string Message(int recipients) => string.Join(", ", Names(recipients)) + ": " + Text;

    /// <summary><paramref name="lines"/> UTF-8 lines as one client would send them back to back.</summary>
    public static byte[] Stream(int lines)
    {
        var random = new Random(42);
        var names = Names(100);
        var text = new StringBuilder();
        var output = new StringBuilder();
        for (var i = 0; i < lines; i++)
        {
            var recipients = random.Next(1, 4);
            for (var r = 0; r < recipients; r++)
            {
                output.Append(r == 0 ? "" : ", ").Append(names[random.Next(names.Length)]);
            }

            var length = random.Next(16, 81);
            text.Clear();
            while (text.Length < length)
            {
                text.Append(text.Length == 0 ? "" : " ").Append(Words[random.Next(Words.Length)]);
            }

            output.Append(": ").Append(text).Append(i % 2 == 0 ? "\n" : "\r\n");
        }

        return Encoding.UTF8.GetBytes(output.ToString());
    }

    /// <summary>The chat service's reference settings (port 0), as a node without overrides runs.</summary>
    public static ChatSettings Settings()
    {
        var result = ChatSettingsBinder.Bind(ChatReference.WithReference(ConfigurationFactory.ParseString("actorchat.chat.port = 0")));
        return result.IsValid ? result.Settings! : throw new InvalidOperationException(string.Join("; ", result.Problems));
    }
}
