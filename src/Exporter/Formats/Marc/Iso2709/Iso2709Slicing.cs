using Exporter.Pipeline;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// Slicing of ISO 2709: a reader may start after any record terminator (0x1D). A slice begins after the previous
/// terminator, so the filler between two records (NUL, blanks, line ends, 0x1A) stays with the record after it, as
/// <see cref="Iso2709Framer"/> reports it.
/// </summary>
internal sealed class Iso2709Slicing : InputSlicing
{
    /// <summary>The one instance.</summary>
    public static readonly Iso2709Slicing Instance = new();

    private Iso2709Slicing()
    {
    }

    /// <inheritdoc />
    public override long SyncPoint(Stream input, long from) => from <= 0 ? 0 : After(input, from - 1, b => b == 0x1D);

    /// <summary>Before the filler the framer skips ahead of the record (NUL, blanks, line ends, 0x1A, stray 0x1D): just
    /// after the first 0x1D of that run, the previous record's terminator; the record's start when the run has none.</summary>
    public override long Settle(Stream input, long recordStart)
    {
        ArgumentNullException.ThrowIfNull(input);
        var from = Math.Max(0, recordStart - (1 << 16));
        var run = new byte[recordStart - from];
        input.Position = from;
        input.ReadExactly(run);
        var a = run.Length;
        while (a > 0 && run[a - 1] is 0x00 or 0x0A or 0x0D or 0x1A or 0x20 or 0x1D) a--;
        var terminator = Array.IndexOf(run, (byte)0x1D, a);
        return terminator < 0 ? recordStart : from + terminator + 1;
    }
}
