using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Marc8;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Marc.Marc8;

/// <summary>Decode(Encode(s)) == NFC(s) for every well-formed string (lone surrogates become U+FFFD).</summary>
public sealed class Marc8RoundTripPropertyTests
{
    private static readonly string[] Pieces =
    [
        "a", "Z", "0", " ", ".", "&", "#", "x", "X", "4", "1", "F", ";", "&#x41;", "&#x", "&#xD800;", "\u001B", "\u001F",
        "\u001E", "\u007F", "\u00A0", "\u00E9", "e\u0301", "\u0301", "\u0300", "\u0327", "\u0361", "\u0360", "\uFE20",
        "\u0141", "\u00DF", "\u20AC", "\u0098", "\u200D", "\u1EC7", "\u01D6", "\u212B", "\u0344", "\u0416", "\u0436",
        "\u0491", "\u05D0", "\u05B7", "\u05BC", "\u0627", "\u0630", "\u06FD", "\u064E", "\u0391", "\u03AC", "\u03B1",
        "\u2080", "\u00B2", "\u4E00", "\u8A9E", "\u3000", "\uD55C", "\u1100\u1161", "\U000212C4", "\U0001F600",
        "\uD800", "\uDFFF", "\uFFFD", "\u263A", "\u0308\u0301", "\u0323\u0302", "\u0E01", "\u0301\u0300a",
    ];

    private static Arbitrary<string> Hostile() =>
        Gen.Elements(Pieces).ListOf().Select(parts => string.Concat(parts)).ToArbitrary();

    [Property(MaxTest = 1000)]
    public Property HostileStringsRoundTrip() => Prop.ForAll(Hostile(), RoundTrips);

    [Property(MaxTest = 1000)]
    public Property ArbitraryStringsRoundTrip() => Prop.ForAll(ArbMap.Default.ArbFor<string>(), s => RoundTrips(s ?? ""));

    private static bool RoundTrips(string text)
    {
        var problems = new List<Marc8Problem>();
        var back = Marc8Decoder.Decode(Marc8Encoder.Encode(text), problems);
        return back == UnicodeNormalizer.ToNfc(ReplaceLoneSurrogates(text)) && problems.Count == 0;
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }

        return new string(chars);
    }
}
