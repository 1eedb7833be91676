using Exporter.Formats.Marc.Marc8;
using static Exporter.Tests.Formats.Marc.Marc8.Marc8Codes;

namespace Exporter.Tests.Formats.Marc.Marc8;

public sealed class Marc8DetectorTests
{
    // The expected encoding by name: Marc8DetectedEncoding is internal, and a public theory cannot take it.
    public static TheoryData<byte[], string> Cases => new()
    {
        { Bytes("plain ASCII"), nameof(Marc8DetectedEncoding.Ascii) },
        { Bytes("Caf", Acute, "e"), nameof(Marc8DetectedEncoding.Marc8) }, // E2 65 is not UTF-8
        { Bytes(Esc, (byte)'(', Cyrillic, CyrillicSmallA, Esc, (byte)'(', Ascii), nameof(Marc8DetectedEncoding.Marc8) },
        { System.Text.Encoding.UTF8.GetBytes("Caf\u00E9 \u0416 \u4E00"), nameof(Marc8DetectedEncoding.Utf8) },
        { System.Text.Encoding.UTF8.GetBytes("\u00E9").Concat(Bytes(Esc, (byte)'s')).ToArray(), nameof(Marc8DetectedEncoding.Marc8) },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detects(byte[] data, string expected)
    {
        var result = Marc8Detector.Detect(data);
        Assert.Equal(expected, result.Encoding.ToString());
        Assert.InRange(result.Confidence, 0.5, 1.0);
        Assert.False(string.IsNullOrWhiteSpace(result.Reason));
    }

    [Fact]
    public void MoreUtf8SequencesMeanMoreConfidence() =>
        Assert.True(Marc8Detector.Detect(System.Text.Encoding.UTF8.GetBytes("\u00E9\u00E9\u00E9")).Confidence
            > Marc8Detector.Detect(System.Text.Encoding.UTF8.GetBytes("\u00E9")).Confidence);

    [Fact]
    public void ReasonNamesTheOffset() =>
        Assert.Contains("byte 3", Marc8Detector.Detect(Bytes("Caf", Acute, "e")).Reason, StringComparison.Ordinal);
}
