using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.CatalogText;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// The path a record takes in issue #13's measurement: MARC -> hub (<see cref="MarcCrosswalk"/>) -> catalog page (the
/// <c>text</c> encoder) -> hub (the <c>text</c> reader, as a library's catalog pages are read) -> MARC, with the
/// default write options (`exporter convert page.txt --to marc21`) and a fixed clock.
/// </summary>
public static class CatalogPageRoundTrip
{
    private static readonly MarcCrosswalk Crosswalk = new(clock: new FixedClock(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    /// <summary>The catalog page of a MARC record.</summary>
    public static string Page(MarcRecord original) => CatalogTextEncoder.Format(Crosswalk.ToCatalog(original, new DiagnosticBag()), new DiagnosticBag());

    /// <summary>The MARC record made from a catalog page, or null when the page reads back as no record.</summary>
    public static MarcRecord? FromPage(string page)
    {
        var bag = new DiagnosticBag();
        using var reader = new CatalogTextReader(new MemoryStream(Encoding.UTF8.GetBytes(page)), new ReadOptions());
        var source = reader.Frame().FirstOrDefault();
        if (source is null) return null;
        var read = reader.Parse(source);
        return read.IsRejected ? null : Crosswalk.FromCatalog(read.GetCatalog(bag), bag);
    }
}
