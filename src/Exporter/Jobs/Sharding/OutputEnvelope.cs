using System.Buffers;
using System.Text;
using Exporter.Pipeline;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// The envelope of one output as its encoder writes it, piece by piece, so that <c>exporter merge</c> can take the
/// records out of each shard's file and put them in one envelope, as a single run writes it. Writers stay per record:
/// an output is its header, what comes before the first record, the records with a separator between two, and a footer
/// that depends only on whether any record came.
/// </summary>
internal sealed record OutputEnvelope(string Header, string Before, string Separator, string Footer, string EmptyFooter)
{
    /// <summary>What the records label with their ordinal (<see cref="IRecordFormat.OrdinalLabels"/>), renumbered by the merge; null: nothing.</summary>
    public string? Labels { get; init; }

    /// <summary>The envelope <paramref name="format"/>'s encoder writes with <paramref name="options"/>.</summary>
    public static OutputEnvelope Of(IRecordFormat format, WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(format);
        var encoder = format.CreateEncoder(options);
        return new OutputEnvelope(
            Text(b => encoder.WriteHeader(b)),
            Text(b => encoder.WriteBefore(b, 0)),
            Text(b => encoder.WriteBefore(b, 1)),
            Text(b => encoder.WriteFooter(b, 1)),
            Text(b => encoder.WriteFooter(b, 0))) { Labels = format.OrdinalLabels(options) };
    }

    private static string Text(Action<ArrayBufferWriter<byte>> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        write(buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
