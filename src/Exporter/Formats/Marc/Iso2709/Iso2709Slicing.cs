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

    /// <inheritdoc />
    public override long Settle(Stream input, long recordStart)
    {
        ArgumentNullException.ThrowIfNull(input);
        var at = recordStart;
        var one = new byte[1];
        while (at > 0)
        {
            input.Position = at - 1;
            if (input.Read(one, 0, 1) != 1 || one[0] is not (0x00 or 0x0A or 0x0D or 0x1A or 0x20)) break;
            at--;
        }

        return at;
    }
}
