namespace Exporter.Model;

/// <summary>
/// A field of a source format that the hub does not model, carried through untouched so that the same format can
/// write it back. <see cref="Format"/> names the format family ("marc21"); <see cref="Key"/> is e.g. the MARC tag;
/// <see cref="Value"/> is the field in that format's own lossless text form (for MARC: the .mrk line body).
/// </summary>
public sealed record SourceField(string Format, string Key, string Value);
