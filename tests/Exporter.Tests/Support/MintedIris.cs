using System.Text.RegularExpressions;

namespace Exporter.Tests.Support;

/// <summary>The record ids in the IRIs a run minted: BIBFRAME Works in RDF/XML, schema.org editions in N-Triples.</summary>
internal static partial class MintedIris
{
    [GeneratedRegex("<bf:Work rdf:about=\"[^\"]*/bibframe/([^\"#]*)#Work\"")]
    public static partial Regex Work();

    [GeneratedRegex("<[^>]*/record/([^>#]*)#edition> <https?://schema.org/exampleOfWork>")]
    public static partial Regex Edition();
}
