using System.Net;
using System.Net.Sockets;
using System.Text.Json;

namespace ActorChat.IntegrationTests;

public sealed class CommandLineTests
{
    [Fact]
    public async Task PrintConfig_Defaults_JsonWithChatKeysAndExit0()
    {
        using var node = NodeProcess.Launch("--set", "actorchat.chat.max-clients=7", "--print-config");
        Assert.Equal(0, await node.WaitForExitAsync());
        using var json = JsonDocument.Parse(node.Stdout);
        var chat = json.RootElement.GetProperty("actorchat").GetProperty("chat");
        Assert.Equal(7, chat.GetProperty("max-clients").GetInt32());
        Assert.Equal(0, chat.GetProperty("port").GetInt32());
        Assert.Equal("127.0.0.1", chat.GetProperty("hostname").GetString());
        Assert.True(json.RootElement.GetProperty("actorchat").TryGetProperty("coordinated-shutdown", out _));
    }

    [Fact]
    public async Task BadConfig_SyntaxErrorInFile_NamesFileAndLineExitNonZero()
    {
        using var config = await TempConfigFile.WriteAsync("actorchat {\n  chat {\n    port = = 1\n  }\n}\n");
        var file = config.Path;
        using var node = NodeProcess.Launch("--config", file);
        Assert.NotEqual(0, await node.WaitForExitAsync());
        Assert.Contains(file + ":3", node.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConfig_WrongTypeAndOutOfRange_AllReportedWithFileLineAndKey()
    {
        using var config = await TempConfigFile.WriteAsync("actorchat.chat {\n  max-clients = lots\n  max-name-length = 0\n}\n");
        var file = config.Path;
        using var node = NodeProcess.Launch("--config", file);
        Assert.NotEqual(0, await node.WaitForExitAsync());
        Assert.Contains("actorchat.chat.max-clients", node.Stderr, StringComparison.Ordinal);
        Assert.Contains(file + ":2", node.Stderr, StringComparison.Ordinal);
        Assert.Contains("actorchat.chat.max-name-length", node.Stderr, StringComparison.Ordinal);
        Assert.Contains(file + ":3:21", node.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConfig_OutOfRangeKeyWhoseLastSegmentRecursLater_NamesTheValuesOwnLineAndColumn()
    {
        using var config = await TempConfigFile.WriteAsync("actorchat.chat.max-name-length = 0\nunrelated {\n  max-name-length = 5\n}\n");
        var file = config.Path;
        using var node = NodeProcess.Launch("--config", file);
        Assert.NotEqual(0, await node.WaitForExitAsync());
        Assert.Contains($"bad config ({file}:1:34): ", node.Stderr, StringComparison.Ordinal);
        Assert.Contains("actorchat.chat.max-name-length", node.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadConfig_OutOfRangeInIncludedFile_NamesTheIncludedFile()
    {
        var dir = Directory.CreateTempSubdirectory("actorchat-");
        try
        {
            var included = Path.Combine(dir.FullName, "limits.conf");
            await File.WriteAllTextAsync(included, "# limits\nmax-name-length = 0\n");
            var file = Path.Combine(dir.FullName, "node.conf");
            await File.WriteAllTextAsync(file, "actorchat.chat {\n  include \"limits.conf\"\n}\n");

            using var node = NodeProcess.Launch("--config", file);
            Assert.NotEqual(0, await node.WaitForExitAsync());
            Assert.Contains($"bad config ({included}:2:19): ", node.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task BadConfig_SetOutOfRangePort_NamesKeyExitNonZero()
    {
        using var node = NodeProcess.Launch("--set", "actorchat.chat.port=70000");
        Assert.NotEqual(0, await node.WaitForExitAsync());
        Assert.Contains("actorchat.chat.port", node.Stderr, StringComparison.Ordinal);
        Assert.Contains("--set actorchat.chat.port=70000", node.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownArgument_UsageExit2()
    {
        using var node = NodeProcess.Launch("--bogus");
        Assert.Equal(2, await node.WaitForExitAsync());
        Assert.Contains("usage: actorchat-node", node.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PortInUse_ClearErrorNamingPortExitNonZero()
    {
        using var taken = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        taken.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        taken.Listen();
        var port = ((IPEndPoint)taken.LocalEndPoint!).Port;

        using var node = NodeProcess.Launch("--set", $"actorchat.chat.port={port}");
        Assert.NotEqual(0, await node.WaitForExitAsync());
        Assert.Contains($"127.0.0.1:{port}", node.Stderr, StringComparison.Ordinal);
        Assert.Contains("address already in use", node.Stderr, StringComparison.Ordinal);
    }
}
