using System.Text.RegularExpressions;
using Exporter.Model;

namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>
/// Whether a record's description is worded by RDA or by AACR2, for 040 $e and leader/18 (docs/mappings/marc21.md,
/// row 040). A record is AACR2 when the library's own wording carries what RDA replaced: the abbreviations of the
/// extent ("p.", "ill.", "v.", "col.", "ports.", "facsims.": AACR2 2.5B, Appendix B; RDA 3.4.1.3 and 7.15 record
/// "pages", "illustrations"), "c" or "p" before a date (AACR2 1.4F6; RDA 2.11 records "©", "℗"), "[S.l.]" or "[s.n.]"
/// (AACR2 1.4C6, 1.4D7; RDA 2.8.2.6, 2.8.4.7 "[Place of publication not identified]", "[publisher not identified]").
/// Anything else, including a page count the crosswalk writes as "N pages", is RDA.
/// </summary>
internal static partial class DescriptionConventions
{
    /// <summary>True when nothing in the record is AACR2 wording.</summary>
    public static bool FollowsRda(CatalogRecord r) => !IsAacr2(r);

    /// <summary>True when the extent, date, place or publisher as stated is worded by AACR2.</summary>
    public static bool IsAacr2(CatalogRecord r) =>
        (r.Extent?.Text is string extent && Aacr2Extent().IsMatch(extent))
        || (r.DateOfPublication is string date && Aacr2Date().IsMatch(date))
        || (r.Place is string place && place.Contains("S.l.", StringComparison.OrdinalIgnoreCase))
        || (r.Publisher is string publisher && publisher.Contains("s.n.", StringComparison.OrdinalIgnoreCase));

    [GeneratedRegex(@"\b(p|pp|ill|illus|v|col|ports?|facsims?|geneal|fold|diagrs?)\.", RegexOptions.CultureInvariant)]
    private static partial Regex Aacr2Extent();

    [GeneratedRegex(@"(^|[\s\[,])[cp]\d{4}", RegexOptions.CultureInvariant)]
    private static partial Regex Aacr2Date();
}
