using System.Globalization;

namespace Exporter.Formats.Marc.Model;

/// <summary>
/// One string per numeric tag ("000" to "999"), shared by every record and thread, so that readers do not allocate a
/// tag string per field. Filled on first use; a race only makes two equal strings, one of which is kept.
/// </summary>
internal static class NumericMarcTags
{
    private static readonly string?[] Strings = new string?[1000];

    /// <summary>True when <paramref name="bytes"/> is three ASCII digits.</summary>
    public static bool IsNumeric(ReadOnlySpan<byte> bytes) =>
        bytes.Length == 3 && char.IsAsciiDigit((char)bytes[0]) && char.IsAsciiDigit((char)bytes[1]) && char.IsAsciiDigit((char)bytes[2]);

    /// <summary>The tag spelt by <paramref name="digits"/>, three ASCII digits (<see cref="IsNumeric"/>).</summary>
    public static string Get(ReadOnlySpan<byte> digits)
    {
        var n = ((digits[0] - '0') * 100) + ((digits[1] - '0') * 10) + (digits[2] - '0');
        return Strings[n] ??= n.ToString("D3", CultureInfo.InvariantCulture);
    }
}
