using System.Net;

namespace ActorChat.LoadGen.Clients;

/// <summary>One client to create: its position in the run, its login name and the endpoint it uses.</summary>
internal readonly record struct ClientSpec(int Index, string Name, IPEndPoint EndPoint);
