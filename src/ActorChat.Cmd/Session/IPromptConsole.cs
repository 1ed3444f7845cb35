namespace ActorChat.Cmd.Session;

/// <summary>
/// The terminal the prompt talks to. An interface so the line editor and the prompt loop can be
/// driven by scripted keys in tests instead of a real terminal.
/// </summary>
internal interface IPromptConsole
{
    /// <summary>True when input is a pipe or a file: no key-by-key editing, lines are read whole.</summary>
    bool IsInputRedirected { get; }

    ConsoleKeyInfo ReadKey();

    string? ReadLine();

    void Write(string text);

    void WriteLine(string text = "");
}
