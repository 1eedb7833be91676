namespace Exporter.Formats.DublinCore;

/// <summary>Stable diagnostic codes of the Dublin Core codecs (DC0xxx reading, DC1xxx writing).</summary>
public static class DcDiagnosticCodes
{
    /// <summary>Error: the XML is not well-formed; reading stops at that line/column.</summary>
    public const string MalformedXml = "DC0001";

    /// <summary>Error: a DTD (DOCTYPE, entity declarations) was refused; DC XML never needs one.</summary>
    public const string DtdRefused = "DC0002";

    /// <summary>Warning: an element in the dc/dcterms namespace that DCMI does not declare; left out of the record.</summary>
    public const string UnknownTerm = "DC0003";

    /// <summary>Warning: an element from another namespace (or stray text) inside a DC record; left out.</summary>
    public const string ForeignContent = "DC0004";

    /// <summary>Error: a DC element holds child elements instead of a literal; the record is rejected.</summary>
    public const string StructuredValue = "DC0005";

    /// <summary>Warning: an <c>xsi:type</c> outside the dcterms namespace, unresolvable, or not a dcterms scheme.</summary>
    public const string UnknownScheme = "DC0006";

    /// <summary>Error: an OAI-PMH record whose metadata is not Dublin Core; the record is rejected.</summary>
    public const string NotDublinCore = "DC0007";

    /// <summary>Info: an OAI-PMH record with <c>status="deleted"</c> was skipped (it carries no metadata).</summary>
    public const string DeletedRecord = "DC0008";

    /// <summary>Info: the OAI-PMH response holds an <c>error</c> (e.g. noRecordsMatch).</summary>
    public const string OaiError = "DC0009";

    /// <summary>Info: a value was normalized to Unicode NFC.</summary>
    public const string NormalizedRead = "DC0010";

    /// <summary>Warning: an attribute other than xml:lang / xsi:type on a DC element was ignored.</summary>
    public const string UnknownAttribute = "DC0011";

    /// <summary>Warning: a value does not fit its declared encoding scheme (kept as read).</summary>
    public const string InvalidSchemeValueRead = "DC0012";

    /// <summary>Warning: the whole input held no DC record (nor an OAI-PMH error or deleted record explaining why).</summary>
    public const string NoRecords = "DC0013";

    /// <summary>Warning: an illegal XML 1.0 character in a value was replaced by U+FFFD.</summary>
    public const string IllegalCharacter = "DC1001";

    /// <summary>Warning: a statement the target cannot carry (unknown term, or no simple-DC element) was dropped.</summary>
    public const string StatementDropped = "DC1002";

    /// <summary>Warning: an encoding scheme was dropped (unknown, or the value does not fit it); the value is kept.</summary>
    public const string SchemeDropped = "DC1003";

    /// <summary>Warning: an xml:lang was dropped (not a valid language tag, or not allowed with an encoding scheme).</summary>
    public const string LanguageDropped = "DC1004";

    /// <summary>Error: a record for an OAI-PMH response has no header or an identifier that is not a URI.</summary>
    public const string BadOaiIdentifier = "DC1005";

    /// <summary>Error: a second record was written to a single-record document.</summary>
    public const string SecondRecord = "DC1006";

    /// <summary>Info: a value was normalized to Unicode NFC.</summary>
    public const string NormalizedWrite = "DC1007";

    /// <summary>Warning: an OAI setSpec that does not match the OAI-PMH pattern was dropped.</summary>
    public const string SetSpecDropped = "DC1008";

    /// <summary>Info: the record's OAI header is not written in a single-record document.</summary>
    public const string HeaderNotWritten = "DC1009";

    /// <summary>Write: catalog URLs are minted from the placeholder base URI (https://catalog.example.org/); reported once per run. Set --base-uri.</summary>
    public const string PlaceholderBaseUri = "DC1010";

    /// <summary>Warning: a DC statement the hub has no place for (e.g. dc:rights, dc:coverage, a second title); left out.</summary>
    public const string NotMapped = "DC2001";

    /// <summary>Warning: the DC record has no title; the hub record gets an empty title.</summary>
    public const string NoTitle = "DC2002";

    /// <summary>Warning: a value the crosswalk could not understand (a date without a year, a language that is no code); left out.</summary>
    public const string ValueNotUnderstood = "DC2003";
}
