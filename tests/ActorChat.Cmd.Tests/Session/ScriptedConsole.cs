using System.Text;
using ActorChat.Cmd.Session;

namespace ActorChat.Cmd.Tests.Session;

/// <summary>A terminal for tests: keys (or whole lines, when redirected) come from a script; output is captured.</summary>
internal sealed class ScriptedConsole(bool redirected = false) : IPromptConsole
{
    private readonly Queue<ConsoleKeyInfo> _keys = new();
    private readonly Queue<string> _lines = new();
    private readonly StringBuilder _output = new();

    public bool IsInputRedirected => redirected;

    public string Output => _output.ToString();

    /// <summary>Text as typed: '\t' is Tab, '\n' is Enter, '\b' is Backspace.</summary>
    public ScriptedConsole Type(string text)
    {
        foreach (var c in text)
        {
            _keys.Enqueue(c switch
            {
                '\t' => new ConsoleKeyInfo('\t', ConsoleKey.Tab, false, false, false),
                '\n' => new ConsoleKeyInfo('\r', ConsoleKey.Enter, false, false, false),
                '\b' => new ConsoleKeyInfo('\b', ConsoleKey.Backspace, false, false, false),
                _ => new ConsoleKeyInfo(c, char.IsLetter(c) ? Enum.Parse<ConsoleKey>(char.ToUpperInvariant(c).ToString()) : ConsoleKey.NoName, char.IsUpper(c), false, false),
            });
        }

        return this;
    }

    public ScriptedConsole Press(ConsoleKey key, ConsoleModifiers modifiers = 0)
    {
        _keys.Enqueue(new ConsoleKeyInfo(key == ConsoleKey.D ? '\u0004' : '\0', key, modifiers.HasFlag(ConsoleModifiers.Shift), modifiers.HasFlag(ConsoleModifiers.Alt), modifiers.HasFlag(ConsoleModifiers.Control)));
        return this;
    }

    public ScriptedConsole Line(string line)
    {
        _lines.Enqueue(line);
        return this;
    }

    // Running out of keys is end of input: Ctrl+D, so a test never hangs on a missing key.
    public ConsoleKeyInfo ReadKey() => _keys.TryDequeue(out var key) ? key : new ConsoleKeyInfo('\u0004', ConsoleKey.D, false, false, true);

    public string? ReadLine() => _lines.TryDequeue(out var line) ? line : null;

    public void Write(string text) => _output.Append(text);

    public void WriteLine(string text = "") => _output.Append(text).Append('\n');
}
