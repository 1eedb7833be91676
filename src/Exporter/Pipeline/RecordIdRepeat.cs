namespace Exporter.Pipeline;

/// <summary>
/// A record whose identifier (<see cref="ReadResult.RecordId"/>) an earlier record of the same run already had: the
/// suffix that tells its IRIs apart (<c>h</c> + 8 hex digits of a SHA-256 of its raw bytes, then <c>-2</c>, <c>-3</c>...
/// for byte-identical copies), and where the first record with that identifier is. Encoders that mint IRIs from the
/// identifier append <c>-</c> + <see cref="Suffix"/> to it (<see cref="IRecordEncoder.MintsIrisFromRecordId"/>).
/// </summary>
/// <param name="Suffix">The suffix, without the hyphen: stable, from the record's own bytes, not from its place.</param>
/// <param name="FirstIndex">The 0-based index of the first record with the identifier in its input.</param>
/// <param name="FirstSource">The input of the first record with the identifier.</param>
public sealed record RecordIdRepeat(string Suffix, long FirstIndex, string? FirstSource);
