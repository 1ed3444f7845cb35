using System.Text;

namespace ActorChat.Cmd.Session;

/// <summary>
/// A small prompt line editor for a terminal: Tab completes (a unique candidate is inserted, several
/// are listed), Up/Down walk this session's history, Backspace edits. Without a terminal, plain ReadLine.
/// </summary>
internal sealed class LineEditor(Func<string, IReadOnlyList<string>> complete)
{
    private readonly List<string> _history = [];

    public string? ReadLine(string prompt)
    {
        Console.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }

        var line = new StringBuilder();
        var index = _history.Count;
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            switch (key.Key)
            {
                case ConsoleKey.Enter:
                    Console.WriteLine();
                    var text = line.ToString();
                    if (text.Trim().Length > 0 && (_history.Count == 0 || _history[^1] != text))
                    {
                        _history.Add(text);
                    }

                    return text;
                case ConsoleKey.Backspace when line.Length > 0:
                    line.Length--;
                    Console.Write("\b \b");
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
                    Console.WriteLine();
                    return null;
                default:
                    if (!char.IsControl(key.KeyChar))
                    {
                        line.Append(key.KeyChar);
                        Console.Write(key.KeyChar);
                    }

                    break;
            }
        }
    }

    private void Complete(string prompt, StringBuilder line)
    {
        var text = line.ToString();
        var candidates = complete(text);
        if (candidates.Count == 1)
        {
            var start = text.EndsWith(' ') || text.Length == 0 ? text.Length : text.LastIndexOf(' ') + 1;
            Replace(prompt, line, text[..start] + candidates[0] + " ");
        }
        else if (candidates.Count > 1)
        {
            Console.WriteLine();
            Console.WriteLine(string.Join("  ", candidates));
            Console.Write(prompt + line);
        }
    }

    private static void Replace(string prompt, StringBuilder line, string text)
    {
        Console.Write("\r" + prompt + new string(' ', line.Length) + "\r" + prompt + text);
        line.Clear().Append(text);
    }
}
