using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// The options of the MARC formats (marc21, marcxml, mrk), declared once: the three formats return the same
/// <see cref="All"/>, so each is offered and applied once (<c>--marc-org</c> sets both <see cref="MarcReadOptions"/>
/// and <see cref="MarcWriteOptions"/>).
/// </summary>
internal static class MarcFormatOptions
{
    /// <summary>--normalize: Unicode normalization of the records read.</summary>
    public static readonly FormatOption Normalize = FormatOption
        .Choice("--normalize", "Unicode normalization of MARC records read: none (default: characters pass through as they are) or nfc (each record changed is reported)", "CLI0024", "none", "nfc")
        .Reading<MarcReadOptions>((o, v) => o with { Normalization = v == "nfc" ? UnicodeNormalization.Nfc : UnicodeNormalization.None });

    /// <summary>--marc-encoding: how ISO 2709 input is decoded.</summary>
    public static readonly FormatOption Encoding = FormatOption
        .Choice("--marc-encoding", "ISO 2709 input encoding: by leader/09 (default), auto (by content), or forced", "CLI0011", "leader", "auto", "utf8", "marc8")
        .Reading<MarcReadOptions>((o, v) => o with
        {
            Encoding = v switch
            {
                "auto" => Iso2709Encoding.Auto,
                "utf8" => Iso2709Encoding.Utf8,
                "marc8" => Iso2709Encoding.Marc8,
                _ => Iso2709Encoding.FromLeader,
            },
        });

    /// <summary>--marc-org: the organization code written (003/035/040) and recognised in 035 on reading.</summary>
    public static readonly FormatOption Organization = FormatOption
        .Text("--marc-org", "CODE", "MARC organization code: 003/035/040 written, local 035 numbers recognised on reading", "CLI0015",
            "a MARC organization code (1-16 letters, digits, '-', ':' or '/')", IsOrganizationCode)
        .Reading<MarcReadOptions>((o, v) => o with { OrganizationCode = v })
        .Writing<MarcWriteOptions>((o, v) => o with { OrganizationCode = v });

    /// <summary>--punctuation: minimal or ISBD punctuation in records written from the hub.</summary>
    public static readonly FormatOption Punctuation = FormatOption
        .Choice("--punctuation", "MARC punctuation of written records: minimal (default) or isbd", "CLI0016", "minimal", "isbd")
        .Writing<MarcWriteOptions>((o, v) => o with { Punctuation = v == "isbd" ? MarcPunctuation.Isbd : MarcPunctuation.Minimal });

    /// <summary>--marc-charset: the encoding of ISO 2709 output.</summary>
    public static readonly FormatOption Charset = FormatOption
        .Choice("--marc-charset", "ISO 2709 output encoding: utf8 (default) or marc8", "CLI0017", "utf8", "marc8")
        .Writing<MarcWriteOptions>((o, v) => o with { Encoding = v == "marc8" ? Iso2709OutputEncoding.Marc8 : Iso2709OutputEncoding.Utf8 });

    /// <summary>Every MARC option, in the order help lists them.</summary>
    public static IReadOnlyList<FormatOption> All { get; } = [Normalize, Encoding, Organization, Punctuation, Charset];

    /// <summary>1 to 16 ASCII letters, digits, '-', ':' or '/' (MARC Code List for Organizations).</summary>
    private static bool IsOrganizationCode(string code) =>
        code.Length is > 0 and <= 16 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '/');
}
