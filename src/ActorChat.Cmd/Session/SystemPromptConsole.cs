namespace ActorChat.Cmd.Session;

/// <summary>The process's own terminal.</summary>
internal sealed class SystemPromptConsole : IPromptConsole
{
    public bool IsInputRedirected => Console.IsInputRedirected;

    public ConsoleKeyInfo ReadKey() => Console.ReadKey(intercept: true);

    public string? ReadLine() => Console.ReadLine();

    public void Write(string text)
    {
        Console.Write(text);

        // Console.Out autoflushes, but a prompt without a newline must be visible before ReadKey blocks.
        Console.Out.Flush();
    }

    public void WriteLine(string text = "") => Console.WriteLine(text);
}
