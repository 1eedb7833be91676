using Exporter.Formats.Common.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Marc8;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Tests.Fuzz;

/// <summary>The MARC codecs under fuzzing: ISO 2709 (framer + parser), MARCXML, .mrk and MARC-8.</summary>
public static class MarcFuzzTargets
{
    private static readonly MarcStrictness[] BothModes = [MarcStrictness.Strict, MarcStrictness.Permissive];

    /// <summary>Iso2709Framer + Iso2709Parser, strict and permissive, then the crosswalk on every record read.</summary>
    public static FuzzTarget Iso2709 { get; } = new("iso2709", ".mrc", Iso2709Seeds, RunIso2709)
    {
        Tokens = [[0x1D], [0x1E], [0x1F], [0x1F, (byte)'a'], [0x1B], [0x1B, 0x28], Ascii("00000"), Ascii("99999"), [0x00], [0x0A]],
        ExtraMutations = [HostileLeaderNumber, HostileDirectoryNumber, Marc8Escape],
    };

    /// <summary>MarcXmlReader, strict and permissive, then the crosswalk on every record read.</summary>
    public static FuzzTarget MarcXml { get; } = new("marcxml", ".xml", MarcXmlSeeds, input => RunMarcReader(input, (s, m) => new MarcXmlReader(s, new MarcXmlReaderOptions { Strictness = m }).ReadAll()))
    {
        Tokens = XmlTokens(["<record>", "</record>", "<leader>", "<controlfield tag=\"001\">", "<datafield tag=\"245\" ind1=\"1\" ind2=\"0\">", "<subfield code=\"a\">", "</subfield>", " tag=\"\"", " code=\"\"", " ind1=\"99\""]),
        Nesting = ("<x>", "</x>"),
    };

    /// <summary>MrkReader, strict and permissive, then the crosswalk on every record read.</summary>
    public static FuzzTarget Mrk { get; } = new("mrk", ".mrk", MrkSeeds, input => RunMarcReader(input, (s, m) => new MrkReader(s, new MrkReaderOptions { Strictness = m }).ReadAll()))
    {
        Tokens = [.. new[] { "=LDR  ", "=001  ", "=245  10", "$a", "$", "{dollar}", "{", "}", "{U+", "{U+D800}", "&#x", "&#x110000;", "\\", "\n\n", "\r\n", "=", "{esc}", "{1F}" }.Select(Ascii)],
    };

    /// <summary>Marc8Decoder over field data.</summary>
    public static FuzzTarget Marc8 { get; } = new("marc8", ".bin", Marc8Seeds, RunMarc8)
    {
        Tokens = [[0x1B], [0x1B, 0x28], [0x1B, 0x24], [0x1B, 0x24, 0x31], [0x1B, 0x24, 0x2C], [0x1B, 0x29, 0x21], [0x1B, 0x67], [0x1B, 0x62], [0x1B, 0x70], [0x1B, 0x73],
            [0xE1], [0xE1, 0xE2], [0x21, 0x30], Ascii("&#x"), Ascii("&#x1F600;"), Ascii("&#xD800;"), Ascii("&#99999999999;"), [0x1F], [0x7F], [0xFF]],
        ExtraMutations = [Marc8Escape],
    };

    /// <summary>Runs a MARC reader over the input in both modes and checks every result.</summary>
    public static void RunMarcReader(byte[] input, Func<Stream, MarcStrictness, IEnumerable<MarcReadResult>> read)
    {
        foreach (var mode in BothModes)
        {
            long expected = 0;
            foreach (var result in read(Open(input, mode), mode))
            {
                FuzzInvariantException.Check(result.Index == expected++, $"record index {result.Index}, expected {expected - 1}");
                CheckResult(result);
            }
        }
    }

    /// <summary>A result is read (and crosswalks to the hub) or rejected with an error diagnostic.</summary>
    public static void CheckResult(MarcReadResult result)
    {
        FuzzChecks.Diagnostics(result.Diagnostics);
        if (result.IsRejected)
        {
            FuzzChecks.HasError(result.Diagnostics, $"record {result.Index} rejected");
            return;
        }

        new MarcCrosswalk().ToCatalog(result.Record!, new DiagnosticBag());
    }

    private static void RunIso2709(byte[] input)
    {
        List<(long, int)>? previous = null;
        foreach (var mode in BothModes)
        {
            var segments = new List<(long, int)>();
            var options = new Iso2709ReaderOptions { Strictness = mode, MaxRecordBytes = 4096 };
            var framer = new Iso2709Framer(Open(input, mode), options);
            long end = 0;
            long index = 0;
            while (framer.TryReadNext(out var raw))
            {
                // framing: in order, inside the input, never more than MaxRecordBytes buffered, one result per segment
                FuzzInvariantException.Check(raw.Index == index++, "segment index out of order");
                FuzzInvariantException.Check(raw.ByteOffset >= end && raw.ByteOffset + raw.Bytes.Length <= input.Length, $"segment {raw.Index} at {raw.ByteOffset}+{raw.Bytes.Length} overlaps or leaves the input");
                FuzzInvariantException.Check(raw.Bytes.Length <= options.MaxRecordBytes, "segment longer than MaxRecordBytes");
                end = raw.ByteOffset + raw.Bytes.Length;
                segments.Add((raw.ByteOffset, raw.Bytes.Length));
                var result = Iso2709Parser.Parse(raw, options);
                FuzzInvariantException.Check(result.Index == raw.Index, "result index differs from its segment");
                if (result.IsRejected) FuzzInvariantException.Check(result.RawBytes is not null, "rejected ISO 2709 record without its raw bytes");
                CheckResult(result);
            }

            FuzzInvariantException.Check(previous is null || previous.SequenceEqual(segments), "segments from memory and from a trickle differ");
            previous = segments;
        }
    }

    // strict reads from memory, permissive from a trickle: both stream shapes are covered without doubling the cost
    private static Stream Open(byte[] input, MarcStrictness mode) =>
        mode == MarcStrictness.Strict ? new MemoryStream(input, writable: false) : TrickleStream.Over(input);

    private static void RunMarc8(byte[] input)
    {
        var problems = new List<Marc8Problem>();
        var text = Marc8Decoder.Decode(input, problems);
        FuzzInvariantException.Check(string.Equals(UnicodeNormalizer.ToNfc(text), text, StringComparison.Ordinal), "decoded text is not NFC");
        foreach (var p in problems)
        {
            FuzzInvariantException.Check(p.Offset >= 0 && p.Offset <= input.Length, $"problem offset {p.Offset} outside the input");
            FuzzInvariantException.Check(!string.IsNullOrEmpty(p.Code) && !string.IsNullOrEmpty(p.Message), "problem without code or message");
        }
    }

    private static IReadOnlyList<byte[]> Iso2709Seeds() =>
        [FuzzSeeds.MarcFixture("chabon.mrc"), FuzzSeeds.MarcFixture("brkrtest.mrc"), FuzzSeeds.MarcFixture("filler_between_records.usmarc"), .. FuzzSeeds.Iso2709Written()];

    private static IReadOnlyList<byte[]> MarcXmlSeeds()
    {
        var ms = new MemoryStream();
        using (var writer = new MarcXmlWriter(ms))
        {
            foreach (var r in FuzzSeeds.Marc.Take(2)) writer.Write(r);
            writer.Complete();
        }

        return [FuzzSeeds.Fixture("Marc", "chabon.xml"), ms.ToArray()];
    }

    private static IReadOnlyList<byte[]> MrkSeeds() =>
        [FuzzSeeds.Utf8(MrkWriter.Format(FuzzSeeds.Marc[0])), FuzzSeeds.Utf8(MrkWriter.Format(FuzzSeeds.Marc[1]) + "\r\n" + MrkWriter.Format(FuzzSeeds.Marc[2]))];

    private static IReadOnlyList<byte[]> Marc8Seeds() =>
    [
        Marc8Encoder.Encode("Crème brûlée, Ærø, Łódź, ḍ"),
        Marc8Encoder.Encode("東京 Москва Αθήνα עברית العربية"),
        Marc8Encoder.Encode("x² H₂O ℗ © ♭ ♯"),
        [0x1B, 0x24, 0x31, 0x21, 0x30, 0x21, 0x1B, 0x28, 0x42, (byte)'a', 0xE2, (byte)'e'],
    ];

    private static byte[] HostileLeaderNumber(byte[] data, Random random)
    {
        var start = RecordStart(data, random);
        return random.Next(2) == 0
            ? FuzzMutator.Overwrite(data, start, FuzzMutator.HostileNumber(random, 5))        // record length (00-04)
            : FuzzMutator.Overwrite(data, start + 12, FuzzMutator.HostileNumber(random, 5));  // base address (12-16)
    }

    private static byte[] HostileDirectoryNumber(byte[] data, Random random)
    {
        var entry = RecordStart(data, random) + 24 + (12 * random.Next(8));
        return random.Next(2) == 0
            ? FuzzMutator.Overwrite(data, entry + 3, FuzzMutator.HostileNumber(random, 4))    // field length
            : FuzzMutator.Overwrite(data, entry + 7, FuzzMutator.HostileNumber(random, 5));   // starting position
    }

    // escape sequences cut in half or pointing to a set the bytes after do not fit
    private static byte[] Marc8Escape(byte[] data, Random random)
    {
        byte[][] escapes = [[0x1B], [0x1B, 0x24], [0x1B, 0x24, 0x31], [0x1B, 0x24, 0x31, 0x21], [0x1B, 0x24, 0x31, 0x21, 0x30], [0x1B, 0x28], [0x1B, 0x29, 0x21], [0x1B, 0x2D], [0x1B, 0x24, 0x2D, 0x31]];
        return FuzzMutator.Insert(data, random, escapes[random.Next(escapes.Length)]);
    }

    private static int RecordStart(byte[] data, Random random)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < data.Length - 1; i++)
        {
            if (data[i] == 0x1D) starts.Add(i + 1);
        }

        return starts[random.Next(starts.Count)];
    }

    private static byte[] Ascii(string text) => FuzzSeeds.Utf8(text);

    internal static IReadOnlyList<byte[]> XmlTokens(IEnumerable<string> own) =>
    [
        .. own.Concat(["<", ">", "</", "/>", "&", "&amp;", "&#0;", "&#x110000;", "&unknown;", "<![CDATA[", "]]>", "<!--", "-->", "\"", "'", "=",
            "<!DOCTYPE r [<!ENTITY e \"x\">]>", "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>", "<?xml version=\"1.0\" encoding=\"UTF-16\"?>", " xmlns=\"\"", " xmlns:p=\"urn:x\"", "<p:x>", "\uFEFF"])
            .Select(Ascii),
    ];
}
