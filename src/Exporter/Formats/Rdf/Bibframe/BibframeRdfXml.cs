using Exporter.Formats.Rdf.RdfXml;

namespace Exporter.Formats.Rdf.Bibframe;

/// <summary>The RDF/XML options of BIBFRAME documents: the prefixes LoC uses (rdf, rdfs, bf, bflc, madsrdf).</summary>
internal static class BibframeRdfXml
{
    public static readonly RdfXmlWriterOptions Options = new()
    {
        Prefixes =
        [
            .. RdfXmlWriterOptions.DefaultPrefixes, new("bf", BibframeTerms.Bf), new("bflc", BibframeTerms.Bflc), new("madsrdf", BibframeTerms.Mads),
        ],
    };
}
