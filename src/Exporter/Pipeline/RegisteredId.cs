namespace Exporter.Pipeline;

/// <summary>
/// An id the registry saw first at a record (<see cref="RecordIdRegistry"/>): a record id (<paramref name="Scope"/>
/// null) or an id a vocabulary minted from a record's content (<paramref name="Scope"/> its name). A sharded run
/// lists those of its shard in its report, so that <c>exporter merge</c> finds the ids two shards both saw first.
/// </summary>
/// <param name="Scope">Null for a record id; the vocabulary for a content id (<see cref="IContentIdMinter.MintScope"/>).</param>
/// <param name="Id">The id as registered (a record id trimmed).</param>
/// <param name="Index">The 0-based index of the record in its input (as the run read it).</param>
/// <param name="Source">The record's input.</param>
internal sealed record RegisteredId(string? Scope, string Id, long Index, string? Source);
