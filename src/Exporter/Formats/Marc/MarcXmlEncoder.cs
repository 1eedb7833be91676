using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>MARCXML: a <c>&lt;collection&gt;</c> envelope, one <c>&lt;record&gt;</c> per record (UTF-8, no BOM).</summary>
internal sealed class MarcXmlEncoder : MarcEncoderBase
{
    /// <summary>Creates the encoder.</summary>
    public MarcXmlEncoder(WriteOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    public override void WriteHeader(IBufferWriter<byte> output) => output.WriteUtf8(MarcXmlWriter.CollectionStart);

    /// <inheritdoc />
    public override void WriteFooter(IBufferWriter<byte> output) => output.WriteUtf8(MarcXmlWriter.CollectionEnd);

    /// <inheritdoc />
    protected override bool RepairsForXmlSchema => true;

    /// <summary>A canonical record is transcribed from its bytes (same output as from the model, no parse).</summary>
    protected override bool TryWriteCanonical(ReadOnlySpan<byte> iso2709, long index, IBufferWriter<byte> output) =>
        CanonicalMarcXml.TryWrite(iso2709, output);

    /// <inheritdoc />
    protected override void Encode(MarcRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics) =>
        MarcXmlWriter.Format(record, output, diagnostics, index);
}
