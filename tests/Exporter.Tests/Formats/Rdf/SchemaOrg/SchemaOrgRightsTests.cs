using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.SchemaOrg;
using Exporter.Model;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>
/// Hub rights in schema.org (docs/mappings/schema-org.md; issue 14): a URI is <c>license</c> (range URL), a text
/// <c>copyrightNotice</c> (range Text), both on the edition (domain CreativeWork), and both read back.
/// </summary>
public class SchemaOrgRightsTests
{
    private const string S = "https://schema.org/";
    private static readonly SchemaOrgCrosswalk Crosswalk = new();

    private static readonly CatalogRecord Record = new()
    {
        Title = "T",
        Identifiers = [new Identifier(IdentifierType.Local, "CX1")],
        Rights = ["http://rightsstatements.org/vocab/InC/1.0/", "In copyright."],
    };

    [Fact]
    public void A_uri_is_license_and_a_text_is_copyright_notice_on_the_edition()
    {
        var g = Crosswalk.FromCatalog(Record, NullDiagnostics.Instance);
        var edition = new Iri("https://catalog.example.org/record/CX1#edition");
        Assert.Equal([new Iri("http://rightsstatements.org/vocab/InC/1.0/")], g.Triples.Where(t => t.Subject == edition && t.Predicate.Value == S + "license").Select(t => t.Object));
        Assert.Equal([new Literal("In copyright.")], g.Triples.Where(t => t.Subject == edition && t.Predicate.Value == S + "copyrightNotice").Select(t => t.Object));
    }

    [Fact]
    public void Both_come_back()
    {
        var back = Crosswalk.ToCatalog(Crosswalk.FromCatalog(Record, NullDiagnostics.Instance), NullDiagnostics.Instance);
        Assert.Equal(Record.Rights.ToArray(), back.Rights.ToArray());
    }
}
