using Exporter.Formats.Marc.Mrk;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>Reads MarcEdit .mrk text for the pipeline with <see cref="MrkReader"/> (parsed while framing).</summary>
public sealed class MrkCatalogReader : PreparsedMarcReader
{
    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public MrkCatalogReader(Stream input, ReadOptions options)
        : base(input, options)
    {
    }

    /// <inheritdoc />
    private protected override IEnumerable<RecordSource> FrameAll(Stream input)
    {
        using var reader = new MrkReader(input, new MrkReaderOptions { Strictness = MarcReading.Strictness(Options), Normalization = MarcReading.Normalization(Options), SourceName = Options.SourceName, MaxRecordChars = Options.MaxRecordBytes });
        foreach (var result in reader.ReadAll()) yield return Framed(result);
    }
}
