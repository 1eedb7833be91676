using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>Reads MARCXML for the pipeline with <see cref="MarcXmlReader"/> (parsed while framing).</summary>
public sealed class MarcXmlCatalogReader : PreparsedMarcReader
{
    /// <summary>Creates a reader; it owns <paramref name="input"/>.</summary>
    public MarcXmlCatalogReader(Stream input, ReadOptions options)
        : base(input, options)
    {
    }

    /// <inheritdoc />
    protected override IEnumerable<MarcReadResult> ReadAll(Stream input)
    {
        using var reader = new MarcXmlReader(input, new MarcXmlReaderOptions { Strictness = MarcReading.Strictness(Options), SourceName = Options.SourceName, MaxNesting = Options.MaxNesting });
        foreach (var result in reader.ReadAll()) yield return result;
    }
}
