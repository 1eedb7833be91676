namespace Exporter.Formats.Marc.Iso2709;

/// <summary>The ISO 2709 structural bytes and number fields.</summary>
internal static class Iso2709Bytes
{
    internal const byte SubfieldDelimiter = 0x1F;
    internal const byte FieldTerminator = 0x1E;
    internal const byte RecordTerminator = 0x1D;

    /// <summary>Reads ASCII digits as a number; false when a byte is not a digit.</summary>
    internal static bool TryParseDigits(ReadOnlySpan<byte> digits, out int value)
    {
        value = 0;
        foreach (var b in digits)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
            value = (value * 10) + (b - '0');
        }

        return true;
    }
}
