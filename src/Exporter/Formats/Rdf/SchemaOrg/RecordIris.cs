using System.Security.Cryptography;
using System.Text;
using Exporter.Model;

namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// Mints the record's IRIs: <c>{base}record/{catalog number}</c> for the page, hash IRIs under it for the work,
/// edition, agents and parts (<c>#work</c>, <c>#edition</c>, <c>#agent-1</c>, <c>#part-2-5</c>). A record without a
/// catalog number gets a stable id from a hash of its title, contributors and year.
/// </summary>
internal sealed class RecordIris(Uri baseUri, CatalogRecord record)
{
    public string Page { get; } = baseUri.AbsoluteUri + "record/" + Uri.EscapeDataString(record.CatalogNumber ?? Fallback(record));

    public Iri Node(string fragment) => new(Page + "#" + fragment);

    private static string Fallback(CatalogRecord r)
    {
        var key = r.Title + "\u001F" + string.Join("\u001E", r.Contributors.Select(c => c.Name)) + "\u001F" + r.YearPublished;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return "h" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
