using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// What the three MARC encoders share: the MarcRecord to write. A record read from MARC (its
/// <see cref="ReadResult.Native"/> is a <see cref="MarcRecord"/>) passes through untouched, 005 included; any other
/// record is crosswalked from the hub with <see cref="MarcWriteOptions"/> and the clock of <see cref="WriteOptions"/>.
/// </summary>
public abstract class MarcEncoderBase : IRecordEncoder
{
    private readonly MarcCrosswalk _crosswalk;

    /// <summary>Creates the encoder.</summary>
    protected MarcEncoderBase(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MarcOptions = options.Formats.Get<MarcWriteOptions>();
        _crosswalk = new MarcCrosswalk(MarcOptions, clock: options.Clock);
    }

    /// <summary>The MARC write options in effect.</summary>
    protected MarcWriteOptions MarcOptions { get; }

    /// <inheritdoc />
    public virtual void WriteHeader(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void WriteSeparator(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public virtual void WriteFooter(IBufferWriter<byte> output)
    {
    }

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (record.Native is MarcRecord && record.RawIsCanonical && CopiesCanonicalRaw)
        {
            output.WriteBytes(record.Source.Raw.Span);
            return;
        }

        var marc = record.Native as MarcRecord ?? _crosswalk.FromCatalog(record.GetCatalog(diagnostics), diagnostics);
        Encode(marc, record.Index, output, diagnostics);
    }

    /// <summary>
    /// True when this encoder writes a canonical record's raw bytes unchanged (see <see cref="ReadResult.RawIsCanonical"/>):
    /// only the ISO 2709 encoder in UTF-8, whose output for such a record is those very bytes.
    /// </summary>
    protected virtual bool CopiesCanonicalRaw => false;

    /// <summary>Encodes one MARC record; <paramref name="index"/> is its index in its input, for diagnostics.</summary>
    protected abstract void Encode(MarcRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics);
}
