using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// ISO 2709 records, no envelope, UTF-8 or MARC-8 (<see cref="Crosswalk.MarcWriteOptions.Encoding"/>). A record over
/// the ISO 2709 limits throws <see cref="RecordWriteException"/> naming the record. The pipeline's shell over
/// <see cref="Iso2709RecordFormatter"/>, one per worker (<see cref="ForWorker"/>).
/// </summary>
internal sealed class Marc21Encoder : MarcEncoderBase
{
    private readonly Iso2709WriterOptions _codec;
    private readonly Iso2709RecordFormatter _formatter;

    /// <summary>Creates the encoder.</summary>
    public Marc21Encoder(WriteOptions options)
        : base(options)
    {
        _codec = new Iso2709WriterOptions { Encoding = MarcOptions.Encoding };
        _formatter = new Iso2709RecordFormatter(_codec);
    }

    private Marc21Encoder(Marc21Encoder original)
        : base(original)
    {
        _codec = original._codec;
        _formatter = new Iso2709RecordFormatter(_codec);
    }

    /// <inheritdoc />
    public override IRecordEncoder ForWorker() => new Marc21Encoder(this);

    /// <summary>A canonical record in UTF-8 is its own encoding: copied as it is.</summary>
    protected override bool TryWriteCanonical(ReadOnlySpan<byte> iso2709, long index, IBufferWriter<byte> output)
    {
        if (_codec.Encoding != Iso2709OutputEncoding.Utf8) return false;
        output.WriteBytes(iso2709);
        return true;
    }

    /// <inheritdoc />
    protected override void Encode(MarcRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics) =>
        _formatter.Write(record, index, output);
}
