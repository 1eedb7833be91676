using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// Reads MARCXML for the pipeline with <see cref="MarcXmlReader"/>: framing loads each record's small tree (streaming:
/// one record in memory at a time), and the MARC parse of a MARC-namespace record runs in <see cref="PreparsedMarcReader.Parse"/>,
/// on any thread. A rejected record keeps its XML text as raw bytes.
/// </summary>
public sealed class MarcXmlCatalogReader : PreparsedMarcReader
{
    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public MarcXmlCatalogReader(Stream input, ReadOptions options)
        : base(input, options)
    {
    }

    /// <inheritdoc />
    private protected override IEnumerable<RecordSource> FrameAll(Stream input)
    {
        using var reader = new MarcXmlReader(input, new MarcXmlReaderOptions { Strictness = MarcReading.Strictness(Options), Normalization = MarcReading.Normalization(Options), SourceName = Options.SourceName, MaxNesting = Options.MaxNesting });
        foreach (var item in reader.ReadDeferred())
        {
            yield return item switch
            {
                MarcXmlPendingRecord pending => Framed(pending),
                MarcReadResult result => Framed(result),
                _ => throw new InvalidOperationException("unexpected item from the MARCXML reader"),
            };
        }
    }
}
