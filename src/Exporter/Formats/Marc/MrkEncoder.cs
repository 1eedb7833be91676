using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// MarcEdit .mrk text: one block of lines per record, a blank line after each (UTF-8, no BOM); the pipeline's shell
/// over <see cref="MrkRecordFormatter"/>, one per worker (<see cref="ForWorker"/>).
/// </summary>
internal sealed class MrkEncoder : MarcEncoderBase
{
    private readonly MrkRecordFormatter _formatter = new();

    /// <summary>Creates the encoder.</summary>
    public MrkEncoder(WriteOptions options)
        : base(options)
    {
    }

    private MrkEncoder(MrkEncoder original)
        : base(original)
    {
    }

    /// <inheritdoc />
    public override IRecordEncoder ForWorker() => new MrkEncoder(this);

    /// <inheritdoc />
    protected override void Encode(MarcRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics) =>
        _formatter.Write(record, output);
}
