using System.Globalization;
using Exporter.Formats.Rdf.Bibframe.Tables;
using static Exporter.Formats.Rdf.Bibframe.BibframeTerms;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>
/// The admin metadata of the Work (marc2bibframe2 marc2bibframe2.xsl, ConvSpec-LDR, 001-007, 040): the 001 as bf:Local
/// (for matching records), the cataloging agency (040 $a), creation (008/00-05) and change (005) dates, encoding
/// level (LDR/17), description conventions (LDR/18) and the generation date from the injected clock.
/// </summary>
internal static class AdminMetadata
{
    public static void Map(BibframeGraphContext c, TimeProvider clock)
    {
        var admin = c.Node(c.Work, B("adminMetadata"), B("AdminMetadata"));
        if (c.Identity.ControlNumber is { } id) Identifiers.Local(c, admin, id);                       // row: 001 -> AdminMetadata Local
        if (c.Record.DataFields("040").FirstOrDefault()?['a'] is { } agency && agency.Trim().Length > 0)
            Identifiers.Organization(c, admin, B("agent"), agency.Trim());                              // row: 040 $a -> bf:agent
        if (Created(c.Fixed008) is { } created) c.Typed(admin, B("creationDate"), created, XsdDate); // row: 008/00-05 -> creationDate
        if (Changed(c.Record.ControlValue("005")) is { } changed) c.Typed(admin, B("changeDate"), changed, XsdDateTime); // row: 005 -> changeDate
        var level = c.Record.Leader.EncodingLevel;
        if (BibframeCodes.Find("menclvl", level == ' ' ? "0" : level.ToString()) is { } encoding)
            c.Term(admin, L("encodingLevel"), encoding.Iri, L("EncodingLevel"), encoding.Label);     // row: LDR/17 -> encodingLevel
        if (BibframeCodes.Find("descriptionConventions", c.Record.Leader.DescriptiveCatalogingForm.ToString()) is { } conventions)
            c.Term(admin, B("descriptionConventions"), conventions.Iri, B("DescriptionConventions"), conventions.Label, B("code")); // row: LDR/18
        c.Typed(admin, B("date"), clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture), XsdDateTime); // generation date
    }

    private static string? Created(string f008)
    {
        if (f008.Length < 6 || !f008[..6].All(char.IsAsciiDigit)) return null;
        var yy = int.Parse(f008[..2], CultureInfo.InvariantCulture);
        var year = (yy > 50 ? 1900 : 2000) + yy;
        return DateOnly.TryParseExact($"{year}{f008.Substring(2, 4)}", "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
    }

    private static string? Changed(string? f005) =>
        f005 is { Length: >= 14 } && DateTime.TryParseExact(f005[..14], "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) : null;
}
