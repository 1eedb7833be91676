using Exporter.Formats.Common.Text;
using System.Text;
using System.Text.Json;
using Exporter.Formats.Marc.Marc8;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Marc8;

/// <summary>Our NFC/NFD agree with Python's unicodedata on every single character and on random mark soups.</summary>
public sealed class UnicodeNormalizerInteropTests
{
    private static readonly (int From, int To)[] Ranges =
    [
        (0x00A0, 0x024F), (0x0300, 0x036F), (0x0370, 0x03FF), (0x0400, 0x04FF), (0x0590, 0x06FF), (0x0900, 0x0DFF),
        (0x0F00, 0x0FFF), (0x1100, 0x11FF), (0x1E00, 0x1FFF), (0x2000, 0x2200), (0x3040, 0x30FF), (0xAC00, 0xAC40),
        (0xD7A0, 0xD7A3), (0xF900, 0xFB4F), (0x1D15E, 0x1D164), (0x11099, 0x110AB), (0x2F800, 0x2F810),
    ];

    [SkippableFact]
    public void MatchesPythonUnicodedata()
    {
        var inputs = new List<string>();
        foreach (var (from, to) in Ranges)
        {
            for (var c = from; c <= to; c++) inputs.Add(char.ConvertFromUtf32(c));
        }

        var random = new Random(15);
        var pool = inputs.ToArray();
        for (var i = 0; i < 3000; i++)
        {
            var sb = new StringBuilder();
            for (var k = random.Next(1, 8); k > 0; k--) sb.Append(pool[random.Next(pool.Length)]);
            inputs.Add(sb.ToString());
        }

        const string script = "import json,sys,unicodedata as u\n" +
            "xs=json.load(sys.stdin)\n" +
            "json.dump([[u.normalize('NFC',x),u.normalize('NFD',x)] for x in xs],sys.stdout)\n";
        var run = PeerTool.Run("/usr/bin/python3", ["-c", script], Encoding.UTF8.GetBytes(JsonSerializer.Serialize(inputs)));
        Assert.True(run.ExitCode == 0, run.StdErr);
        var expected = JsonSerializer.Deserialize<string[][]>(run.StdOut)!;
        var failures = new List<string>();
        for (var i = 0; i < inputs.Count; i++)
        {
            if (UnicodeNormalizer.ToNfc(inputs[i]) != expected[i][0]) failures.Add("NFC " + Hex(inputs[i]));
            if (UnicodeNormalizer.ToNfd(inputs[i]) != expected[i][1]) failures.Add("NFD " + Hex(inputs[i]));
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(40)));
    }

    private static string Hex(string s) => string.Join(" ", s.EnumerateRunes().Select(r => r.Value.ToString("X4", System.Globalization.CultureInfo.InvariantCulture)));
}
