using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>MarcEdit .mrk text: one block of lines per record, a blank line after each (UTF-8, no BOM).</summary>
internal sealed class MrkEncoder : MarcEncoderBase
{
    /// <summary>Creates the encoder.</summary>
    public MrkEncoder(WriteOptions options)
        : base(options)
    {
    }

    /// <inheritdoc />
    protected override void Encode(MarcRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics) =>
        output.WriteUtf8(MrkWriter.Format(record));
}
