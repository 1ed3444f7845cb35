namespace ActorChat.IntegrationTests;

/// <summary>A uniquely named .conf file in the temp directory, written at creation and deleted on dispose.</summary>
public sealed class TempConfigFile : IDisposable
{
    private TempConfigFile(string path) => Path = path;

    public string Path { get; }

    public static async Task<TempConfigFile> WriteAsync(string text)
    {
        var file = new TempConfigFile(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"actorchat-{Guid.NewGuid():N}.conf"));
        await File.WriteAllTextAsync(file.Path, text);
        return file;
    }

    public void Dispose() => File.Delete(Path);
}
