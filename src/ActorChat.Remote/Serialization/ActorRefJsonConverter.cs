using System.Text.Json;
using System.Text.Json.Serialization;
using ActorChat.Actors;

namespace ActorChat.Remote.Serialization;

/// <summary>Refs inside JSON messages are their <c>path#uid</c> string.</summary>
internal sealed class ActorRefJsonConverter(IRefCodec refs) : JsonConverter<IActorRef>
{
    public override IActorRef? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Null)
        {
            return null;
        }

        var text = reader.GetString() ?? "";
        return refs.FromWire(text) ?? throw new JsonException($"invalid actor ref \"{text}\"");
    }

    public override void Write(Utf8JsonWriter writer, IActorRef value, JsonSerializerOptions options) =>
        writer.WriteStringValue(refs.ToWire(value));
}
