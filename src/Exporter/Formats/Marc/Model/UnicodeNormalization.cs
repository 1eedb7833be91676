namespace Exporter.Formats.Marc.Model;

/// <summary>What a MARC reader does to decoded strings.</summary>
public enum UnicodeNormalization
{
    /// <summary>Every value is returned in NFC (default; the hub's rule).</summary>
    Nfc,

    /// <summary>
    /// Values are returned as the bytes say (pass-through): UTF-8 input is not normalised, so writing it back
    /// gives the same bytes. MARC-8 input is always NFC (the decoder composes).
    /// </summary>
    None,
}
