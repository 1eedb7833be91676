using Exporter.Model;
using Exporter.Tests.Formats.DublinCore;
using Exporter.Tests.Formats.Marc.Crosswalk;
using Exporter.Tests.Formats.Rdf.Bibframe;
using Exporter.Tests.Formats.Rdf.SchemaOrg;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// What each registered format promises, for <see cref="FormatContractTests"/>: what hub -> format -> hub gives
/// back (its loss table in docs/mappings, as the format's own round-trip tests state it) and, for a readable format,
/// an input with one bad record. A format registered without an entry here fails the contract test.
/// </summary>
/// <param name="Carried">The record a round trip must give back for the record written (identity: nothing lost).</param>
/// <param name="Damage">A damaged input, for formats with a reader.</param>
internal sealed record FormatContract(Func<CatalogRecord, CatalogRecord> Carried, FormatDamage? Damage)
{
    /// <summary>The contract of every built-in format, by name.</summary>
    public static IReadOnlyDictionary<string, FormatContract> ByFormat { get; } = new Dictionary<string, FormatContract>
    {
        // docs/formats/catalog-text.md: fields the hub carries for other formats are not written
        ["text"] = new(r => r with { SourceFields = [] }, new("catalog.txt", "Language:", "Language: \u00ff", 3)),
        // the hub as JSON: nothing lost
        ["json"] = new(r => r, new("catalog.jsonl", "{\"title\":", "{{\"title\":", 3)),
        // docs/mappings/marc21.md
        ["marc21"] = new(MarcCrosswalkTests.Carried, new("catalog.mrc", "00000", "0x000", 3)),
        ["marcxml"] = new(MarcCrosswalkTests.Carried, new("catalog.marc.xml", "</subfield>", "", 3)),
        ["mrk"] = new(MarcCrosswalkTests.Carried, new("catalog.mrk", "=245  ", "garbage line\n=245  ", 3)),
        // docs/mappings/dublin-core.md, the loss table as code
        ["dc"] = new(r => DcLossModel.Expected(r, Exporter.Formats.DublinCore.DublinCoreProfile.Simple), new("catalog.dc.xml", "</dc:title>", "", 3)),
        ["dcterms"] = new(r => DcLossModel.Expected(r, Exporter.Formats.DublinCore.DublinCoreProfile.Qualified), new("catalog.dcterms.xml", "</dcterms:title>", "", 3)),
        // docs/mappings/schema-org.md: one graph for the three syntaxes; JSON-LD and Turtle stop at a syntax error
        ["jsonld"] = new(SchemaOrgCrosswalkTests.Carried, new("catalog.jsonld", "\"name\":", "\"name\"", 1)),
        ["turtle"] = new(SchemaOrgCrosswalkTests.Carried, new("catalog.ttl", "schema:name", "@@garbage", 1)),
        ["ntriples"] = new(SchemaOrgCrosswalkTests.Carried, new("catalog.nt", "<https://catalog.example.org/record/CX1003#edition> <https://schema.org/name>", "@@garbage <https://schema.org/name>", 3)),
        // docs/mappings/bibframe.md, "Reading BIBFRAME": the loss table as code; RDF/XML that is not well-formed stops the document
        ["bibframe"] = new(BibframeLossModel.Expected, new("catalog.bf.rdf", "</bf:mainTitle>", "", 1)),
        // docs/mappings/bookfeed.md: written only, records the spec cannot carry omitted
        ["bookfeed"] = new(r => r, null),
    };
}
