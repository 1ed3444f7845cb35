namespace ActorChat.Remote.Serialization;

/// <summary>Which codec produced a payload (first byte of the serialized message).</summary>
internal enum SerializerId : byte
{
    /// <summary>System.Text.Json of a registered application type; the manifest is its registered name.</summary>
    Json = 1,

    /// <summary>Compact binary of the runtime's own messages (Identify, Watch, ...).</summary>
    Runtime = 2,

    /// <summary>string, int, long, bool, double, byte[].</summary>
    Primitive = 3,
}
