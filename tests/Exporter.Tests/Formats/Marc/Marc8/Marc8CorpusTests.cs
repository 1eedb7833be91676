using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Marc8;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Marc8;

/// <summary>Every byte of every corpus file (MARC-8 or not) decodes without throwing, to NFC, with sane problems.</summary>
public sealed class Marc8CorpusTests
{
    [SkippableFact]
    public void EveryCorpusFileDecodesWithoutThrowing()
    {
        var files = Directory.GetFiles(TestEnvironment.TestData("corpus", "marc"), "*", SearchOption.AllDirectories);
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            var start = 0;
            while (start < bytes.Length)
            {
                var end = Array.IndexOf(bytes, (byte)0x1E, start);
                if (end < 0) end = bytes.Length;
                var problems = new List<Marc8Problem>();
                var text = Marc8Decoder.Decode(bytes.AsSpan(start, end - start), problems);
                Assert.Equal(UnicodeNormalizer.ToNfc(text), text);
                Assert.All(problems, p => Assert.InRange(p.Offset, 0, end - start - 1));
                start = end + 1;
            }
        }
    }

    [SkippableTheory]
    [InlineData("marc4j/brkrtest.mrc", nameof(Marc8DetectedEncoding.Marc8))]
    [InlineData("marc-perl/charset_cjk1.marc", nameof(Marc8DetectedEncoding.Marc8))]
    [InlineData("marc4j/brkrtest_UTF8.mrc", nameof(Marc8DetectedEncoding.Utf8))]
    [InlineData("catmandu-marc/bu_bibs.mrc", nameof(Marc8DetectedEncoding.Utf8))] // leader/09 blank, bytes UTF-8 (MANIFEST)
    [InlineData("ruby-marc/marc8_accented_chars.marc", nameof(Marc8DetectedEncoding.Marc8))] // leader/09 'a', bytes MARC-8
    [InlineData("catmandu-marc/camel.mrc", nameof(Marc8DetectedEncoding.Ascii))]
    public void DetectorAgreesWithTheManifest(string file, string expected) =>
        Assert.Equal(expected, Marc8Detector.Detect(File.ReadAllBytes(TestEnvironment.TestData("corpus", "marc", file))).Encoding.ToString());
}
