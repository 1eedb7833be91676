using Exporter.Diagnostics;
using Exporter.Model;

namespace Exporter.Pipeline;

/// <summary>Convenience reading for library users.</summary>
public static class CatalogReaderExtensions
{
    /// <summary>Every record parsed, rejected ones included, in input order (single-threaded).</summary>
    public static IEnumerable<ReadResult> ReadResults(this ICatalogReader reader)
    {
        foreach (var source in reader.Frame()) yield return reader.Parse(source);
    }

    /// <summary>
    /// Every hub record, in order. Throws <see cref="RecordFormatException"/> at the first record that cannot be read;
    /// use <see cref="ReadResults"/> to go on past bad records.
    /// </summary>
    public static IEnumerable<CatalogRecord> ReadAll(this ICatalogReader reader, IDiagnostics? diagnostics = null)
    {
        var sink = diagnostics ?? NullDiagnostics.Instance;
        foreach (var result in reader.ReadResults())
        {
            foreach (var d in result.Diagnostics) sink.Report(d);
            if (result.IsRejected)
            {
                var first = result.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)
                    ?? new Diagnostic(PipelineDiagnosticCodes.RecordUnreadable, Severity.Error, "record could not be read") { RecordIndex = result.Index };
                throw new RecordFormatException(first);
            }

            yield return result.GetCatalog(sink);
        }
    }
}
