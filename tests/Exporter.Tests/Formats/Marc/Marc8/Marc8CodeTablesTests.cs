using Exporter.Formats.Common.Text;
using System.Globalization;
using System.Xml.Linq;
using Exporter.Formats.Marc.Marc8;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc.Marc8;

/// <summary>
/// Every code of LoC's codetables.xml (read here independently of tools/marc8-gen) decodes to its Unicode, and every
/// such Unicode character encodes to MARC-8 without a numeric reference and decodes back.
/// </summary>
public sealed class Marc8CodeTablesTests
{
    private static readonly Dictionary<string, byte[]> Designations = new()
    {
        ["42"] = [0x1B, 0x28, 0x42], ["45"] = [0x1B, 0x29, 0x45], ["67"] = [0x1B, 0x67], ["62"] = [0x1B, 0x62],
        ["70"] = [0x1B, 0x70], ["32"] = [0x1B, 0x28, 0x32], ["4E"] = [0x1B, 0x28, 0x4E], ["51"] = [0x1B, 0x29, 0x51],
        ["33"] = [0x1B, 0x28, 0x33], ["34"] = [0x1B, 0x29, 0x34], ["53"] = [0x1B, 0x28, 0x53], ["31"] = [0x1B, 0x24, 0x31],
    };

    [SkippableFact]
    public void EveryCodeDecodesToItsUnicode()
    {
        var failures = new List<string>();
        var count = 0;
        foreach (var (set, marc, ucs, combining) in Codes())
        {
            if (marc.Length == 1 && marc[0] < 0x20) continue; // controls: not graphic codes
            var data = new List<byte>(Designations[set]);
            data.AddRange(marc);
            if (combining) data.Add((byte)' '); // space is a space in every set
            var expected = UnicodeNormalizer.ToNfc(combining ? " " + ucs : ucs);
            var problems = new List<Marc8Problem>();
            var actual = Marc8Decoder.Decode(data.ToArray(), problems);
            count++;
            if (actual != expected || problems.Count > 0) failures.Add($"{set}/{Convert.ToHexString(marc)}: {Hex(actual)} != {Hex(expected)}");
        }

        Assert.True(count > 16000, "codetables.xml looks truncated");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
    }

    [SkippableFact]
    public void EveryMappedCharacterEncodesWithoutReference()
    {
        var failures = new List<string>();
        foreach (var ucs in Codes().Where(c => c.Marc.Length > 1 || c.Marc[0] >= 0x20).Select(c => c.Combining ? " " + c.Ucs : c.Ucs).Distinct())
        {
            var bytes = Marc8Encoder.Encode(ucs);
            var text = System.Text.Encoding.Latin1.GetString(bytes);
            if (text.Contains("&#x", StringComparison.Ordinal) || Marc8Decoder.Decode(bytes) != UnicodeNormalizer.ToNfc(ucs))
                failures.Add($"{Hex(ucs)} -> {Convert.ToHexString(bytes)}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(50)));
    }

    private static IEnumerable<(string Set, byte[] Marc, string Ucs, bool Combining)> Codes()
    {
        var doc = XDocument.Load(TestEnvironment.TestData("reference", "marc8", "codetables.xml"));
        foreach (var set in doc.Descendants("characterSet"))
        {
            var iso = (string)set.Attribute("ISOcode")!;
            foreach (var code in set.Descendants("code"))
            {
                var ucs = ((string?)code.Element("ucs") ?? "").Trim();
                if (ucs.Length == 0) continue; // second halves of double diacritics map to nothing
                var marc = Convert.FromHexString(((string)code.Element("marc")!).Trim());
                var combining = ((string?)code.Element("isCombining"))?.Trim() == "true";
                yield return (iso, marc, char.ConvertFromUtf32(int.Parse(ucs, NumberStyles.HexNumber, CultureInfo.InvariantCulture)), combining);
            }
        }
    }

    private static string Hex(string s) => string.Join(" ", s.EnumerateRunes().Select(r => r.Value.ToString("X4", CultureInfo.InvariantCulture)));
}
