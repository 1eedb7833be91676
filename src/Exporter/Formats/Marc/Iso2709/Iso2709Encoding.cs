namespace Exporter.Formats.Marc.Iso2709;

/// <summary>How the ISO 2709 reader decides the character encoding of a record.</summary>
public enum Iso2709Encoding
{
    /// <summary>Leader/09: 'a' UTF-8, blank MARC-8; anything else is detected from content with a warning (default).</summary>
    FromLeader,

    /// <summary>Detect from content (valid multi-byte UTF-8 and no ESC: UTF-8, else MARC-8); an Info diagnostic says what was decided.</summary>
    Auto,

    /// <summary>Always UTF-8, whatever leader/09 says.</summary>
    Utf8,

    /// <summary>Always MARC-8, whatever leader/09 says.</summary>
    Marc8,
}
