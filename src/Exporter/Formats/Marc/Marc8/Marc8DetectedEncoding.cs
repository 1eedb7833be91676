namespace Exporter.Formats.Marc.Marc8;

/// <summary>What <see cref="Marc8Detector"/> takes a record's bytes to be.</summary>
internal enum Marc8DetectedEncoding
{
    /// <summary>7-bit bytes with no escape sequence: MARC-8 and UTF-8 read them alike (trust leader/09).</summary>
    Ascii,

    /// <summary>Valid UTF-8 with multibyte sequences and no escape sequence.</summary>
    Utf8,

    /// <summary>Escape sequences or bytes that are not valid UTF-8.</summary>
    Marc8,
}
