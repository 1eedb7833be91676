using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.DublinCore;

/// <summary>The source record behind a read result, as far as Dublin Core takes facts from it beside the hub record.</summary>
internal static class DcSourceRecord
{
    /// <summary>
    /// The facts only the MARC record holds (<see cref="MarcDcCrosswalk"/>) when the record was read from MARC, else null.
    /// The one place the DC side asks for the source record (<see cref="ReadResult.TryGetSource{TRecord}"/>).
    /// </summary>
    /// <param name="record">The record read.</param>
    /// <param name="includeLocal">Carry local and staff fields too (<c>--include-local</c>).</param>
    public static MarcDcFacts? MarcFacts(ReadResult record, bool includeLocal) => record.TryGetSource<MarcRecord>(out var m) ? MarcDcCrosswalk.Read(m, includeLocal) : null;
}
