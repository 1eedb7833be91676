using System.Collections.Immutable;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Model;
using Exporter.Tests.Formats.Marc.Crosswalk;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>
/// The loss table of hub -> BIBFRAME -> hub (docs/mappings/bibframe.md, "Reading BIBFRAME") as code: what the MARC
/// crosswalk carries (the hub reaches BIBFRAME through its MARC record), less what the BIBFRAME graph does not hold.
/// </summary>
internal static class BibframeLossModel
{
    public static CatalogRecord Expected(CatalogRecord record)
    {
        var r = MarcCrosswalkTests.Carried(record);
        // one kind of summary: the description, the abstract and the review paragraphs, in that order, become
        // bf:Summary nodes; reading takes the first as the description and the second as the abstract
        var summaries = new[] { r.Description, r.Abstract }.Concat(r.Reviews.SelectMany(v => v.Paragraphs)).OfType<string>().ToList();
        return r with
        {
            SourceFields = [],
            TranslatedFrom = [],
            LastModified = null,                                   // 005 becomes bf:adminMetadata's change date, not read back
            Reviews = [],
            Description = summaries.ElementAtOrDefault(0),
            Abstract = summaries.ElementAtOrDefault(1),
            // web addresses (856) are not written; ISBN qualifiers lose their ISBD punctuation
            Identifiers = [.. r.Identifiers.Where(i => i.Type != IdentifierType.Url).Select(i => i with { Qualifier = BibframeText.Chop(i.Qualifier) })],
            // a contributor without a role gets relators/ctb (the main entry of a book: aut, as MARC reading does)
            Contributors = [.. r.Contributors.Select(c => c.Roles.IsEmpty ? c with { Roles = [ContributorRoles.Contributor] } : c)],
            // LDR/07 a (component part) is a bf:Monograph, as m is
            ResourceType = r.ResourceType == ResourceType.Article ? ResourceType.Book : r.ResourceType,
            Languages = [.. r.Languages.Where(l => l is not ("und" or "zxx"))],
        };
    }
}
