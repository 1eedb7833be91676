using System.Security.Cryptography;
using System.Text;
using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Mints the record's IRIs: the page <c>{base}{record path}</c> with the record's id for <c>{id}</c> (by default
/// <c>{base}record/{catalog number}</c>; a published site passes its page path, so the IRIs are the page URLs), and
/// hash IRIs under it for the work, edition, agents and parts (<c>#work</c>, <c>#edition</c>, <c>#agent-1</c>,
/// <c>#part-2-5</c>). A record without a catalog number gets a stable id from a hash of its title, contributors and year.
/// A record whose catalog number an earlier record of the run had gets <c>{catalog number}-{suffix}</c>, the suffix
/// the pipeline gives it (<see cref="Pipeline.RecordIdRepeat"/>), so that the two records' IRIs never collide; so does
/// a record without one whose hash id an earlier record of the run had (<c>{hash}-2</c>...).
/// </summary>
internal sealed class RecordIris
{
    /// <summary>The record path of IRIs that are not page URLs.</summary>
    public const string DefaultPath = "record/{id}";

    public RecordIris(Uri baseUri, CatalogRecord record, string recordPath = DefaultPath, string? repeatSuffix = null)
    {
        var id = IdOf(record);
        Id = repeatSuffix is null ? id : id + "-" + repeatSuffix;
        Page = baseUri.AbsoluteUri + recordPath.Replace("{id}", Uri.EscapeDataString(Id), StringComparison.Ordinal);
    }

    /// <summary>The record's id: its catalog number, or the hash id.</summary>
    public string Id { get; }

    /// <summary>The record's page IRI, without a fragment.</summary>
    public string Page { get; }

    public Iri Node(string fragment) => new(Page + "#" + fragment);

    /// <summary>The id a record's IRIs are minted from, without a suffix: its catalog number, else the hash id.</summary>
    public static string IdOf(CatalogRecord record) => record.CatalogNumber ?? Fallback(record);

    private static string Fallback(CatalogRecord r)
    {
        var key = r.Title + "\u001F" + string.Join("\u001E", r.Contributors.Select(c => c.Name)) + "\u001F" + r.YearPublished;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "h" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
