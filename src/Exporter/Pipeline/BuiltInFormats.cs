using Exporter.Formats.CatalogText;
using Exporter.Formats.Json;
using Exporter.Formats.Rdf.LinkedData;

namespace Exporter.Pipeline;

/// <summary>The formats shipped with the library, one line each.</summary>
internal static class BuiltInFormats
{
    public static IEnumerable<IRecordFormat> All()
    {
        yield return new CatalogTextFormat();
        yield return new RecordJsonFormat();
        yield return new JsonLdFormat();
        yield return new TurtleFormat();
        yield return new NTriplesFormat();
    }
}
