namespace ActorChat.Cmd.Output;

internal enum OutputFormat
{
    Table,
    Plain,
    Json,
}
