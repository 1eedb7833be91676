using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;

namespace Exporter.Publishing;

/// <summary>
/// The id a record's page is named by: the id its linked-data IRIs use (the page URL with it for <c>{id}</c>), so the page and
/// the graph agree: the catalog number, or for a record without one the stable hash id the IRIs get.
/// </summary>
internal static class RecordKey
{
    private static readonly Uri Base = new("https://id.invalid/");

    public static string Of(CatalogRecord record) => new RecordIris(Base, record).Id;
}
