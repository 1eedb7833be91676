namespace Exporter.Formats.Marc.Model;

/// <summary>Stable diagnostic codes of the MARC codec (documented in docs/formats/marc.md). Never renumber.</summary>
public static class MarcDiagnosticCodes
{
    /// <summary>Info: the encoding was detected from content (Auto, or leader/09 unusable).</summary>
    public const string EncodingDetected = "MARC0001";

    /// <summary>Leader/09 is neither blank nor 'a'.</summary>
    public const string UnknownCodingScheme = "MARC0002";

    /// <summary>Segment shorter than a leader, or not a record at all.</summary>
    public const string TooShort = "MARC0101";

    /// <summary>Leader/00-04 is not numeric.</summary>
    public const string RecordLengthNotNumeric = "MARC0102";

    /// <summary>Leader/00-04 differs from the real length.</summary>
    public const string RecordLengthMismatch = "MARC0103";

    /// <summary>No record terminator (0x1D) at the end: truncated record.</summary>
    public const string MissingRecordTerminator = "MARC0104";

    /// <summary>Filler bytes (NUL, blanks, line ends, 0x1A, stray 0x1D) between records were skipped.</summary>
    public const string FillerSkipped = "MARC0105";

    /// <summary>A segment went past MaxRecordBytes without a record terminator.</summary>
    public const string RecordTooLarge = "MARC0106";

    /// <summary>
    /// More filler than any record is long (e.g. a file of zeros): the input is not ISO 2709 from there on; reading
    /// stops (the run is not complete) instead of skipping on for ever.
    /// </summary>
    public const string NotIso2709 = "MARC0107";

    /// <summary>Leader/12-16 (base address) is not numeric or does not follow the directory.</summary>
    public const string BadBaseAddress = "MARC0110";

    /// <summary>No field terminator ends the directory.</summary>
    public const string DirectoryUnterminated = "MARC0111";

    /// <summary>The directory length is not a multiple of 12.</summary>
    public const string DirectoryLength = "MARC0112";

    /// <summary>A directory entry has non-numeric length or start.</summary>
    public const string DirectoryEntryNotNumeric = "MARC0113";

    /// <summary>A directory entry does not match the data (points past it or not at a field terminator).</summary>
    public const string DirectoryEntryMismatch = "MARC0114";

    /// <summary>A field does not end with a field terminator (0x1E).</summary>
    public const string MissingFieldTerminator = "MARC0115";

    /// <summary>A leader character was not ASCII and was replaced by a blank.</summary>
    public const string LeaderNotAscii = "MARC0116";

    /// <summary>A tag has characters other than ASCII letters and digits.</summary>
    public const string BadTag = "MARC0117";

    /// <summary>Leader/10 (indicator count) or leader/11 (subfield code count) is not '2'.</summary>
    public const string NonStandardCounts = "MARC0119";

    /// <summary>An indicator is missing or not a printable ASCII character (repaired to blank).</summary>
    public const string BadIndicator = "MARC0120";

    /// <summary>An indicator is printable but not valid MARC 21 ([0-9a-z ]); kept.</summary>
    public const string NonStandardIndicator = "MARC0121";

    /// <summary>A subfield code is missing or a control/delimiter character (repaired).</summary>
    public const string BadSubfieldCode = "MARC0122";

    /// <summary>A subfield code is not an ASCII letter or digit; kept.</summary>
    public const string NonStandardSubfieldCode = "MARC0123";

    /// <summary>Data between the indicators and the first subfield delimiter (dropped).</summary>
    public const string DataBeforeFirstSubfield = "MARC0124";

    /// <summary>A data field has no subfields.</summary>
    public const string EmptyDataField = "MARC0126";

    /// <summary>Bytes that are not valid UTF-8 (permissive: replaced by U+FFFD).</summary>
    public const string InvalidUtf8 = "MARC0130";

    /// <summary>A MARC-8 conversion problem reported by the decoder.</summary>
    public const string Marc8Problem = "MARC0131";

    /// <summary>Unicode normalization (asked for: <c>--normalize nfc</c>) changed values of this record (Info, once per record).</summary>
    public const string NormalizedToNfc = "MARC0132";

    /// <summary>The message of <see cref="NormalizedToNfc"/>.</summary>
    internal const string NormalizedToNfcMessage = "values normalized to Unicode NFC (first change in this field)";

    /// <summary>MARCXML is not well-formed; reading stops.</summary>
    public const string XmlNotWellFormed = "MARC0201";

    /// <summary>A MARCXML field has no tag attribute.</summary>
    public const string XmlMissingTag = "MARC0202";

    /// <summary>A MARCXML tag is not 3 characters.</summary>
    public const string XmlBadTag = "MARC0203";

    /// <summary>A MARCXML indicator attribute is missing or not one character.</summary>
    public const string XmlBadIndicator = "MARC0204";

    /// <summary>A MARCXML subfield has no code or a code that is not one character.</summary>
    public const string XmlBadSubfieldCode = "MARC0205";

    /// <summary>An element that MARCXML does not define, inside a record (skipped).</summary>
    public const string XmlUnexpectedElement = "MARC0206";

    /// <summary>A MARCXML record without a leader (a blank one is used).</summary>
    public const string XmlMissingLeader = "MARC0207";

    /// <summary>A MARCXML leader that is not 24 ASCII characters.</summary>
    public const string XmlBadLeader = "MARC0208";

    /// <summary>MARCXML with a DTD (DOCTYPE, entity declarations): refused, no entity is expanded or fetched; reading stops.</summary>
    public const string XmlDtdRefused = "MARC0209";

    /// <summary>A field is over 9,999 bytes: not writable as ISO 2709.</summary>
    public const string FieldTooLong = "MARC0301";

    /// <summary>A record is over 99,999 bytes: not writable as ISO 2709.</summary>
    public const string RecordTooLong = "MARC0302";

    /// <summary>A value, tag, indicator or code holds a character the format cannot carry there.</summary>
    public const string UnwritableCharacter = "MARC0303";

    /// <summary>A character not allowed in XML 1.0 was replaced by U+FFFD on output.</summary>
    public const string XmlIllegalCharacter = "MARC0304";

    /// <summary>A leader position the output format cannot carry as it is was repaired (10-11 "22", 20-23 "4500"; MARCXML: the schema's characters).</summary>
    public const string LeaderRepaired = "MARC0305";

    /// <summary>An indicator outside [0-9a-z ] was written blank.</summary>
    public const string IndicatorRepaired = "MARC0306";

    /// <summary>A subfield code MARCXML's schema refuses was written '?'.</summary>
    public const string XmlSubfieldCodeRepaired = "MARC0307";

    /// <summary>A data field without subfields was left out of MARCXML (its schema requires one).</summary>
    public const string XmlEmptyDataFieldDropped = "MARC0308";

    /// <summary>Control fields after data fields were moved before them in MARCXML (its schema's order).</summary>
    public const string XmlControlFieldMoved = "MARC0309";

    /// <summary>A field whose tag MARCXML's schema refuses was left out of MARCXML.</summary>
    public const string XmlFieldTagDropped = "MARC0310";

    /// <summary>An ISBN of the hub record has a wrong check digit or length: written to 020 $z (canceled/invalid), not $a.</summary>
    public const string IsbnInvalid = "MARC0311";

    /// <summary>MARC made from hub records without an organization code: 003 and 040 $a/$c are left out (reported once a run).</summary>
    public const string NoOrganizationCode = "MARC0312";

    /// <summary>A .mrk line does not start with '=' and a tag.</summary>
    public const string MrkBadLine = "MARC0401";

    /// <summary>A .mrk escape that is neither ours nor a known mnemonic (kept literally).</summary>
    public const string MrkUnknownMnemonic = "MARC0403";

    /// <summary>A .mrk record without =LDR (a blank leader is used).</summary>
    public const string MrkMissingLeader = "MARC0404";

    /// <summary>A .mrk data field with fewer than two indicators.</summary>
    public const string MrkMissingIndicators = "MARC0405";

    /// <summary>A .mrk leader that is not 24 characters.</summary>
    public const string MrkBadLeader = "MARC0406";
}
