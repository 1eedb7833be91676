using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.CatalogText;

/// <summary>
/// Writes records in the catalog-page layout, a form-feed line between two records: the pipeline's shell over
/// <see cref="CatalogTextRecordFormatter"/>, one per worker (<see cref="ForWorker"/>).
/// </summary>
internal sealed class CatalogTextEncoder : IRecordEncoder
{
    private readonly CatalogTextRecordFormatter _formatter = new();

    /// <inheritdoc />
    public void WriteHeader(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output) => output.WriteUtf8(CatalogTextRecordFormatter.Separator);

    /// <inheritdoc />
    public void WriteFooter(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        _formatter.Write(record.GetCatalog(diagnostics), output, diagnostics);
    }

    /// <inheritdoc />
    public IRecordEncoder ForWorker() => new CatalogTextEncoder();

    /// <summary>The text of one record (what <see cref="Encode"/> writes, as a string).</summary>
    public static string Format(CatalogRecord r, IDiagnostics diagnostics) => CatalogTextRecordFormatter.Format(r, diagnostics);
}
