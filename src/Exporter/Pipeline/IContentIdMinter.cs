namespace Exporter.Pipeline;

/// <summary>
/// An encoder that mints a record's IRIs from its id (<see cref="IRecordEncoder.MintsIrisFromRecordId"/>) and, for a
/// record without one (<see cref="ReadResult.RecordId"/> absent or blank), from an id of its own making (a hash of the
/// record's content). The pipeline registers those ids too (<see cref="RecordIdRegistry"/>), so that two records that
/// get the same one (the same record twice) are told apart (<see cref="ReadResult.RepeatIn"/>) with a warning.
/// Encoders of one <see cref="MintScope"/> mint the same ids (one vocabulary in several syntaxes): they share a count.
/// </summary>
internal interface IContentIdMinter
{
    /// <summary>The encoders that mint the same ids from a record (the vocabulary's name).</summary>
    string MintScope { get; }

    /// <summary>
    /// The id the encoder mints the IRIs of <paramref name="record"/> (which has no <see cref="ReadResult.RecordId"/>)
    /// from, without a suffix; null when it mints none. Reports nothing: what it builds of the record is kept for the
    /// encoder, which reports its diagnostics where it would have, had it built it itself (the hub record:
    /// <see cref="ReadResult.PeekCatalog"/>; a record composed from it: <see cref="ReadResult.Derive{TKey, TValue}"/>),
    /// so that the id and the output come from one record built once. Called on the worker that parsed the record,
    /// before the record's turn to be registered: for different records at once on several threads. May throw when the
    /// record cannot be written: the encoder then rejects it.
    /// </summary>
    string? ContentId(ReadResult record);
}
