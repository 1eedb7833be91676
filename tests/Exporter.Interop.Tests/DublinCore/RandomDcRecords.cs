using System.Text;
using Exporter.Formats.DublinCore;

namespace Exporter.Interop.Tests.DublinCore;

/// <summary>
/// Seeded random Dublin Core records meant to stress the writers' validity rules: every term, random values from
/// the whole Unicode range (illegal XML characters included), random schemes with values that may or may not
/// fit them, odd language tags, odd OAI identifiers and set specs.
/// </summary>
internal static class RandomDcRecords
{
    private static readonly string[] TermsOnly =
    [
        "alternative", "tableOfContents", "abstract", "created", "valid", "available", "issued", "modified", "dateAccepted",
        "dateCopyrighted", "dateSubmitted", "extent", "medium", "isVersionOf", "hasVersion", "isReplacedBy", "replaces",
        "isRequiredBy", "requires", "isPartOf", "hasPart", "isReferencedBy", "references", "isFormatOf", "hasFormat",
        "conformsTo", "spatial", "temporal", "audience", "accrualMethod", "accrualPeriodicity", "accrualPolicy",
        "instructionalMethod", "provenance", "rightsHolder", "mediator", "educationLevel", "accessRights", "license",
        "bibliographicCitation", "notATerm",
    ];

    private static readonly string[] SchemeValues =
    [
        "1973", "1973-05", "1973-05-07", "2001-02-29", "2000-02-29", "1973-13", "0000", "-0044", "12345", "01973", "1973-05-07T10:11:12Z",
        "1973-05-07T24:00:00", "1973-05-07T24:00:01", "1973-05-07T10:11:12.125+14:00", "1973-05-07T10:11:12+14:01", "1973-05-07-05:00",
        "1973Z", "c1973", " 1973 ", "Text", "StillImage", "text", "Sound ", "http://example.org/a b", "urn:isbn:9780000000000",
        "%zz", "%4", "a#b#c", "::", "1http://x", "http://[::1]/x", "http://[::1/x", "en", "en-GB", "x-klingon", "toolongtag", "",
        "eng", "Soviet Union -- History -- 1925-1953",
    ];

    private static readonly string[] Languages = ["en", "fr-CA", "", "en_US", "x", "123", "zh-Hant-TW", "abcdefghi"];

    /// <summary>Records from a seed; the same seed gives the same records.</summary>
    public static List<DublinCoreRecord> Make(int seed, int count)
    {
        var rnd = new Random(seed);
        var records = new List<DublinCoreRecord>(count);
        for (var i = 0; i < count; i++)
        {
            var statements = new DcStatement[rnd.Next(0, 25)];
            for (var j = 0; j < statements.Length; j++) statements[j] = Statement(rnd);
            records.Add(new DublinCoreRecord([.. statements])
            {
                Header = new OaiHeader($"oai:example.org:{seed}-{i}")
                {
                    Datestamp = rnd.Next(3) == 0 ? null : "2024-02-03",
                    SetSpecs = rnd.Next(2) == 0 ? [] : ["books", "a:b", "bad spec", ":x"],
                },
            });
        }

        return records;
    }

    private static DcStatement Statement(Random rnd)
    {
        var elements = DcTerms.Elements;
        var ns = rnd.Next(2) == 0 ? DcNamespace.Elements : DcNamespace.Terms;
        var name = ns == DcNamespace.Elements || rnd.Next(3) == 0
            ? elements[rnd.Next(elements.Count)]
            : TermsOnly[rnd.Next(TermsOnly.Length)];
        var withScheme = rnd.Next(3) == 0;
        var value = withScheme ? SchemeValues[rnd.Next(SchemeValues.Length)] : Text(rnd);
        return new DcStatement(ns, name, value)
        {
            Scheme = withScheme ? (rnd.Next(10) == 0 ? "ISBN" : DcSchemes.All[rnd.Next(DcSchemes.All.Count)]) : null,
            Language = rnd.Next(4) == 0 ? Languages[rnd.Next(Languages.Length)] : null,
        };
    }

    private static string Text(Random rnd)
    {
        var length = rnd.Next(10) == 0 ? rnd.Next(1000, 5000) : rnd.Next(0, 40);
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            switch (rnd.Next(20))
            {
                case 0: sb.Append((char)rnd.Next(0, 0x20)); break;
                case 1: sb.Append("<&>\"'"[rnd.Next(5)]); break;
                case 2: sb.Append(char.ConvertFromUtf32(rnd.Next(0x10000, 0x110000))); break;
                case 3: sb.Append((char)rnd.Next(0xD800, 0xE000)); break;
                case 4: sb.Append((char)rnd.Next(0x80, 0x10000)); break;
                case 5: sb.Append("\uFFFE\uFFFF\r\n\t"[rnd.Next(5)]); break;
                default: sb.Append((char)rnd.Next(0x20, 0x7F)); break;
            }
        }

        return sb.ToString();
    }
}
