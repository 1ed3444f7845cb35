using System.Net;
using System.Text.Json;
using ActorChat.Chat.Management;
using ActorChat.Chat.Management.Logs;
using ActorChat.Chat.Management.Settings;
using ActorChat.Chat.Settings;
using ActorChat.Hocon;

namespace ActorChat.Chat.Tests.Management;

/// <summary>The chat service plus the management endpoint (both on port 0) inside a TestKit's system.</summary>
public sealed class CmdFixture
{
    private int _nextId;

    private CmdFixture(ChatService chat, ManagementService cmd, LogRing logs)
    {
        Chat = chat;
        Cmd = cmd;
        Logs = logs;
    }

    public ChatService Chat { get; }

    public ManagementService Cmd { get; }

    public LogRing Logs { get; }

    public int ShutdownRequests { get; private set; }

    /// <summary>Starts both services; <paramref name="listening"/> replaces the bound cmd socket (to make accepts fail).</summary>
    public static async Task<CmdFixture> StartAsync(ActorSystem system, string hocon = "", System.Net.Sockets.Socket? listening = null)
    {
        var config = ChatReference.WithReference(ConfigurationFactory.ParseString("actorchat.cmd.port = 0\nactorchat.remote.secret = \"hush\"\n" + hocon));
        var (settings, problems) = CmdSettingsBinder.Bind(config);
        Assert.True(settings is not null, string.Join("; ", problems));
        var chat = await ChatServiceFixture.StartAsync(system);
        var binding = listening is null ? CmdEndpoint.Bind(settings) : null;
        Assert.True(binding is null || binding.IsBound, binding?.Error);
        var logs = new LogRing(100);
        CmdFixture? fixture = null;
        var cmd = await ManagementService.StartAsync(system, chat, settings, listening ?? binding!.Socket!, config, logs, "test-node", () => fixture!.ShutdownRequests++);
        fixture = new CmdFixture(chat, cmd, logs);
        return fixture;
    }

    public Task<LineClient> ConnectAsync() => LineClient.ConnectAsync(Cmd.Endpoint);

    public Task<LineClient> LoginChatAsync(string name) => LineClient.LoginAsync(Chat.Endpoint, name);

    /// <summary>Sends one request and reads the next line as the reply.</summary>
    public async Task<JsonElement> CallAsync(LineClient client, string method, object? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var request = parameters is null
            ? JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method })
            : JsonSerializer.Serialize(new { jsonrpc = "2.0", id, method, @params = parameters });
        await client.SendAsync(request);
        var reply = await ReadJsonAsync(client);
        Assert.Equal(id, reply.GetProperty("id").GetInt32());
        return reply;
    }

    public static async Task<JsonElement> ReadJsonAsync(LineClient client)
    {
        var line = await client.ReadLineAsync();
        Assert.NotNull(line);
        using var document = JsonDocument.Parse(line);
        return document.RootElement.Clone();
    }

    public static JsonElement Result(JsonElement reply)
    {
        Assert.True(reply.TryGetProperty("result", out var result), reply.ToString());
        return result;
    }

    public static (int Code, string Message) Error(JsonElement reply)
    {
        Assert.True(reply.TryGetProperty("error", out var error), reply.ToString());
        return (error.GetProperty("code").GetInt32(), error.GetProperty("message").GetString()!);
    }

    public static IPEndPoint Loopback(int port) => new(IPAddress.Loopback, port);
}
