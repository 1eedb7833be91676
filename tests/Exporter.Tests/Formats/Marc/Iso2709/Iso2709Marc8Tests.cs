using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Iso2709;

/// <summary>
/// ISO 2709 reading and writing through the MARC-8 converter (Marc8Decoder/Marc8Encoder, merged separately).
/// These fail until the converter is in; they are the codec's side of the contract.
/// </summary>
public class Iso2709Marc8Tests
{
    private static List<MarcRecord> ReadFixture(string name, Iso2709ReaderOptions? options = null)
    {
        using var stream = File.OpenRead(TestEnvironment.Fixture("Marc", name));
        return [.. new Iso2709Reader(stream, options).ReadAll().Select(r => r.Record ?? throw new InvalidOperationException(string.Join("\n", r.Diagnostics)))];
    }

    private static string Nfc(string s) => UnicodeNormalizer.ToNfc(s);

    [SkippableFact]
    public void Marc8_and_utf8_twins_decode_to_the_same_text()
    {
        NormalizationSupport.Require(); // the UTF-8 twin is decomposed, the decoder returns NFC
        var marc8 = ReadFixture("brkrtest.mrc");
        var utf8 = ReadFixture("brkrtest_UTF8.mrc");
        Assert.Equal(utf8.Count, marc8.Count);
        for (var i = 0; i < utf8.Count; i++)
        {
            Assert.Equal('a', marc8[i].Leader.CharacterCodingScheme);
            var expected = utf8[i].AllFields.Where(f => f.Tag != "066").Select(f => Nfc(f.ToString())).ToArray();
            var actual = marc8[i].AllFields.Where(f => f.Tag != "066").Select(f => Nfc(f.ToString())).ToArray();
            Assert.Equal(expected, actual);
        }
    }

    [SkippableFact]
    public void Utf8_records_written_as_marc8_read_back_the_same()
    {
        NormalizationSupport.Require(); // decomposed input, NFC output
        var options = new Iso2709WriterOptions { Encoding = Iso2709OutputEncoding.Marc8 };
        foreach (var record in ReadFixture("brkrtest_UTF8.mrc"))
        {
            var bytes = Iso2709Writer.Encode(record, options);
            Assert.Equal((byte)' ', bytes[9]);
            var back = Iso2709Parser.Parse(bytes).Record!;
            Assert.Equal(record.AllFields.Select(f => Nfc(f.ToString())), back.AllFields.Select(f => Nfc(f.ToString())));
        }
    }

    [Fact]
    public void Auto_detection_reads_marc8_escape_sequences_as_marc8()
    {
        var result = new Iso2709Reader(File.OpenRead(TestEnvironment.Fixture("Marc", "brkrtest.mrc")), new Iso2709ReaderOptions { Encoding = Iso2709Encoding.Auto }).ReadAll().First();
        Assert.Contains(result.Diagnostics, d => d.Code == MarcDiagnosticCodes.EncodingDetected && d.Message.Contains("MARC-8", StringComparison.Ordinal));
    }
}
