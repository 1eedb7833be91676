using System.Buffers;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;

namespace Exporter.Formats.Marc;

/// <summary>
/// What the three MARC encoders share: the MarcRecord to write. A record read from MARC (its
/// <see cref="ReadResult.TryGetSource{TRecord}"/> gives a <see cref="MarcRecord"/>) passes through with its characters as they are, 005
/// included; any other record is crosswalked from the hub with <see cref="MarcWriteOptions"/> and the clock of
/// <see cref="WriteOptions"/>, once per record for all the MARC targets of a run (<see cref="MarcComposition"/>). Either way, the structural repairs of <see cref="MarcOutputRepair"/> (each a warning)
/// are the only changes.
/// </summary>
internal abstract class MarcEncoderBase : IRecordEncoder
{
    private readonly MarcComposition _composition;

    /// <summary>Creates the encoder.</summary>
    protected MarcEncoderBase(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        MarcOptions = options.Formats.Get<MarcWriteOptions>();
        _composition = new MarcComposition(MarcOptions, options.Clock);
    }

    /// <summary>A copy for one worker (see <see cref="ForWorker"/>): same options, same clock.</summary>
    protected MarcEncoderBase(MarcEncoderBase original)
    {
        ArgumentNullException.ThrowIfNull(original);
        MarcOptions = original.MarcOptions;
        _composition = original._composition;
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

    /// <summary>An encoder for one worker; encoders with scratch state (a formatter's buffers) return a copy. Default: this.</summary>
    public virtual IRecordEncoder ForWorker() => this;

    /// <inheritdoc />
    public void Encode(ReadResult record, long ordinal, IBufferWriter<byte> output, IDiagnostics diagnostics)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(diagnostics);
        if (record.RawIsCanonical && TryWriteCanonical(record.Source.Raw.Span, record.Index, output)) return;

        var marc = record.TryGetSource<MarcRecord>(out var read) ? read : FromCatalog(record, diagnostics);
        Encode(MarcOutputRepair.Repair(marc, RepairsForXmlSchema, record.Index, diagnostics), record.Index, output, diagnostics);
    }

    private MarcRecord FromCatalog(ReadResult record, IDiagnostics diagnostics)
    {
        if (MarcOptions.OrganizationCode is null)   // once per run (IRecordFormat.OncePerRun): the committer keeps the first
        {
            diagnostics.Report(new Diagnostic(MarcDiagnosticCodes.NoOrganizationCode, Severity.Warning,
                "no MARC organization code: 003 and 040 $a/$c are left out of the MARC made from these records; set one with --marc-org CODE (MarcWriteOptions.OrganizationCode in the library), your code of the MARC Code List for Organizations, e.g. --marc-org DLC") { Field = "040" });
        }

        return _composition.Of(record, diagnostics);
    }

    /// <summary>True when the output must also fit MARCXML's schema (see <see cref="MarcOutputRepair"/>). Default: false.</summary>
    protected virtual bool RepairsForXmlSchema => false;

    /// <summary>
    /// Writes a record from its canonical ISO 2709 bytes (see <see cref="ReadResult.RawIsCanonical"/>) without
    /// building the MarcRecord, when this encoder can and the output is the same bytes the record would give; false
    /// to encode the record instead. Default: false.
    /// </summary>
    protected virtual bool TryWriteCanonical(ReadOnlySpan<byte> iso2709, long index, IBufferWriter<byte> output) => false;

    /// <summary>Encodes one MARC record; <paramref name="index"/> is its index in its input, for diagnostics.</summary>
    protected abstract void Encode(MarcRecord record, long index, IBufferWriter<byte> output, IDiagnostics diagnostics);
}
