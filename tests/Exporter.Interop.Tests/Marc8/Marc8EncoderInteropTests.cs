using System.Text;
using Exporter.Formats.Marc.Marc8;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Marc8;

/// <summary>What Marc8Encoder writes, MARC4J and yaz-marcdump read back as the original text (NFC).</summary>
public sealed class Marc8EncoderInteropTests
{
    /// <summary>Text MARC-8 can hold without references (peers do not read LoC references).</summary>
    public static readonly string[] Samples =
    [
        "Caf\u00E9 cr\u00E8me br\u00FBl\u00E9e, na\u00EFve \u00C5ngstr\u00F6m",
        "\u0141\u00F3d\u017A, Gda\u0144sk, \u017Bywiec; \u00DF \u20AC \u00A3 \u00B1 \u00AE",
        "Vi\u1EC7t Nam: Nguy\u1EC5n, H\u01B0\u1EDBng, \u01A0n",
        "\u0418\u0432\u0430\u043D \u0422\u0443\u0440\u0433\u0435\u043D\u0435\u0432: \u0420\u0443\u0434\u0438\u043D (1856)",
        "\u0490\u0430\u043D\u043E\u043A, \u0491\u0430\u043D\u043E\u043A \u0454 \u0457",
        "\u05E9\u05B8\u05C1\u05DC\u05D5\u05B9\u05DD \u05E2\u05D5\u05B9\u05DC\u05B8\u05DD",
        "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0661\u0669\u0668\u0660",
        "\u0391\u03B8\u03AE\u03BD\u03B1 : \u0395\u03BB\u03BB\u03AC\u03B4\u03B1",
        "\u4E2D\u56FD\u6587\u5B66 \u65E5\u672C\u8A9E \uD55C\uAD6D\uC5B4",
        "H\u2082O, E=mc\u00B2, t\u0361s, n\u0360g",
        "Mixed \u0416 and \u05D0 and \u4E00 and \u00E9 in one subfield",
    ];

    [SkippableFact]
    public void Marc4jReadsOurMarc8()
    {
        var file = WriteRecord();
        var xml = file + ".xml";
        try
        {
            var helper = Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "Marc8", "Marc4jMarc8.java");
            var run = PeerTool.Run("java", ["-cp", "/usr/share/java/marc4j.jar", helper, file, xml]);
            Assert.True(run.ExitCode == 0, run.StdErr);
            AssertSamples(Marc4jFields.Read(xml));
        }
        finally
        {
            File.Delete(file);
            File.Delete(xml);
        }
    }

    [SkippableFact]
    public void YazReadsOurMarc8()
    {
        var file = WriteRecord();
        var xml = file + ".xml";
        try
        {
            var run = PeerTool.Run("yaz-marcdump", ["-f", "MARC-8", "-t", "UTF-8", "-o", "marcxml", file]);
            Assert.True(run.ExitCode == 0, run.StdErr);
            File.WriteAllBytes(xml, run.StdOutBytes);
            AssertSamples(Marc4jFields.Read(xml));
        }
        finally
        {
            File.Delete(file);
            File.Delete(xml);
        }
    }

    private static void AssertSamples(List<List<string>> records)
    {
        var fields = Assert.Single(records);
        var notes = fields.Where(f => f.StartsWith("500", StringComparison.Ordinal)).ToList();
        Assert.Equal(Samples.Length, notes.Count);
        for (var i = 0; i < Samples.Length; i++)
        {
            Assert.Equal(Marc4jFields.Render("500", " ", " ", [("a", Samples[i])]), notes[i]);
        }
    }

    /// <summary>A test-only ISO 2709 writer: one record, leader/09 blank (MARC-8), 001 + one 500 per sample.</summary>
    private static string WriteRecord()
    {
        var fields = new List<(string Tag, byte[] Data)> { ("001", Encoding.ASCII.GetBytes("marc8-interop")) };
        foreach (var sample in Samples)
        {
            fields.Add(("500", [.. "  \u001Fa"u8, .. Marc8Encoder.Encode(sample)]));
        }

        var directory = new StringBuilder();
        var data = new List<byte>();
        foreach (var (tag, bytes) in fields)
        {
            directory.Append(tag).Append((bytes.Length + 1).ToString("D4", System.Globalization.CultureInfo.InvariantCulture))
                .Append(data.Count.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
            data.AddRange(bytes);
            data.Add(0x1E);
        }

        var baseAddress = 24 + directory.Length + 1;
        var length = baseAddress + data.Count + 1;
        var leader = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{length:D5}nam  22{baseAddress:D5}   4500");
        var record = new List<byte>(Encoding.ASCII.GetBytes(leader + directory));
        record.Add(0x1E);
        record.AddRange(data);
        record.Add(0x1D);
        var path = Path.Combine(Path.GetTempPath(), "marc8-encoder-" + Guid.NewGuid().ToString("N") + ".mrc");
        File.WriteAllBytes(path, [.. record]);
        return path;
    }
}
