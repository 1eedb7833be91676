namespace Exporter.Formats.Marc.Model;

/// <summary>What a MARC reader does to decoded strings.</summary>
public enum UnicodeNormalization
{
    /// <summary>
    /// Every value is returned in NFC; each record whose values this changes gets an Info diagnostic (MARC0132).
    /// Asked for explicitly (<c>--normalize nfc</c>).
    /// </summary>
    Nfc,

    /// <summary>
    /// Values are returned as the bytes say (default, pass-through): UTF-8 input is not normalised, so writing it back
    /// gives the same bytes. MARC-8 input is always NFC (the decoder composes). The hub crosswalk normalises what it
    /// takes into the hub.
    /// </summary>
    None,
}
