using System.Text;

namespace ActorChat.Cmd.Session;

/// <summary>
/// A small prompt line editor for a terminal: Tab completes (a unique candidate is inserted, several
/// are listed), Up/Down walk this session's history, Backspace edits, Ctrl+D on an empty line ends
/// input. Without a terminal, lines are read whole and no prompt is shown.
/// </summary>
internal sealed class LineEditor(IPromptConsole console, Func<string, IReadOnlyList<string>> complete)
{
    private readonly List<string> _history = [];

    public IReadOnlyList<string> History => _history;

    public string? ReadLine(string prompt)
    {
        if (console.IsInputRedirected)
        {
            // Commands from a pipe or a file: a prompt would only glue itself to the next result line.
            return Remember(console.ReadLine());
        }

        console.Write(prompt);
        var line = new StringBuilder();
        var index = _history.Count;
        while (true)
        {
            var key = console.ReadKey();
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    console.WriteLine();
                    return Remember(line.ToString());
                case ConsoleKey.Backspace when line.Length > 0:
                    line.Length--;
                    console.Write("\b \b");
                    break;
                case ConsoleKey.Tab:
                    Complete(prompt, line);
                    break;
                case ConsoleKey.UpArrow when index > 0:
                    Replace(prompt, line, _history[--index]);
                    break;
                case ConsoleKey.DownArrow when index < _history.Count:
                    index++;
                    Replace(prompt, line, index < _history.Count ? _history[index] : string.Empty);
                    break;
                case ConsoleKey.D when key.Modifiers.HasFlag(ConsoleModifiers.Control) && line.Length == 0:
                    console.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        line.Append(key.KeyChar);
                        console.Write(key.KeyChar.ToString());
                    }

                    break;
            }
        }
    }

    // Completion leaves a trailing space and people type extra ones; history keeps the command, once.
    private string? Remember(string? line)
    {
        var text = line?.Trim();
        if (!string.IsNullOrEmpty(text) && (_history.Count == 0 || _history[^1] != text))
        {
            _history.Add(text);
        }

        return line;
    }

    private void Complete(string prompt, StringBuilder line)
    {
        var text = line.ToString();
        var candidates = complete(text);
        var start = text.EndsWith(' ') || text.Length == 0 ? text.Length : text.LastIndexOf(' ') + 1;
        if (candidates.Count == 1)
        {
            Replace(prompt, line, text[..start] + candidates[0] + " ");
        }
        else if (candidates.Count > 1)
        {
            // Like a shell: extend to the candidates' common prefix, then list them.
            var common = CommonPrefix(candidates);
            if (common.Length > text.Length - start)
            {
                Replace(prompt, line, text[..start] + common);
            }

            console.WriteLine();
            console.WriteLine(string.Join("  ", candidates));
            console.Write(prompt + line);
        }
    }

    private static string CommonPrefix(IReadOnlyList<string> words)
    {
        var prefix = words[0];
        foreach (var word in words)
        {
            var n = 0;
            while (n < prefix.Length && n < word.Length && prefix[n] == word[n])
            {
                n++;
            }

            prefix = prefix[..n];
        }

        return prefix;
    }

    private void Replace(string prompt, StringBuilder line, string text)
    {
        // Blank the old text before drawing the new one: a shorter line must not leave characters behind.
        console.Write("\r" + prompt + new string(' ', line.Length) + "\r" + prompt + text);
        line.Clear().Append(text);
    }
}
