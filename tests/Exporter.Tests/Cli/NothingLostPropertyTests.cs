using System.Text;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Marc;
using Exporter.Tests.Support;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Cli;

/// <summary>
/// The whole CLI against random damage: inputs built from real records (corpus ISO 2709, the example catalog as text
/// and JSON Lines), damaged at random places, converted with random targets, rejects and report, one or two threads.
/// Whatever the damage: read = written + rejected (+ discarded after a stop), the exit code matches the summary, the
/// report agrees with stderr, no file other than the declared outputs changes, and every input byte lies either in a
/// rejected record's span (kept byte for byte in --rejects) or in a stretch that reads back as exactly the records
/// that were written. Seeded, so a failure names the case that reproduces it.
/// </summary>
public class NothingLostPropertyTests
{
    private const int Cases = 36;

    private static readonly string[] MarcPool =
    [
        "marc4j/chabon.mrc", "marc4j/summerland.mrc", "marc4j/065001035.mrc", "marc4j/brkrtest_UTF8.mrc",
        "ruby-marc/utf8_multirecord.marc", "traject/date_resort_to_264.marc",
    ];

    private static readonly string[] Targets = ["json", "marcxml", "marc21", "turtle", "dc", "text"];

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var seed = 1; seed <= Cases; seed++) data.Add(seed);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_record_and_byte_is_accounted_for(int seed)
    {
        var random = new Random(seed);
        using var dir = new TempDir();
        var (format, extension, input) = BuildInput(random);
        var damaged = Damage(input, format, random);
        var inputPath = dir.File("input" + extension);
        File.WriteAllBytes(inputPath, damaged);

        var targets = Targets.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToList();
        var args = new List<string> { "convert", inputPath, "--from", format, "--to", string.Join(',', targets), "--on-error", "skip", "--threads", random.Next(1, 3).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var declared = new List<string>();
        if (targets.Count == 1)
        {
            args.AddRange(["-o", dir.File("out.data")]);
            declared.Add(dir.File("out.data"));
        }
        else
        {
            args.AddRange(["--out-dir", dir.File("out")]);
        }

        var withRejects = random.Next(3) > 0;
        var withReport = random.Next(4) > 0;
        if (withRejects) args.AddRange(["--rejects", dir.File("rejects.data")]);
        if (withReport) args.AddRange(["--report", dir.File("report.jsonl")]);
        if (withRejects) declared.Add(dir.File("rejects.data"));
        if (withReport) declared.Add(dir.File("report.jsonl"));
        var before = Snapshot(dir.Path);

        var r = ExporterCli.Run(args);
        var why = $"seed {seed}: exporter {string.Join(' ', args.Skip(2))}\n{r.StdErr}";

        // The exit code matches the summary line.
        var counts = SummaryCounts(r.StdErr) ?? throw new Xunit.Sdk.XunitException("no summary line; " + why);
        Assert.True(counts.Read == counts.Written + counts.Rejected + counts.Discarded, why);
        switch (r.ExitCode)
        {
            case 0: Assert.True(counts.Rejected == 0 && counts.Discarded == 0, why); break;
            case 1: Assert.True(counts.Rejected > 0 && counts.Discarded == 0, why); break;
            case 3: Assert.Contains("stopped", r.StdErr, StringComparison.Ordinal); break;
            default: Assert.Fail($"exit {r.ExitCode}; {why}"); break;
        }

        // No file other than the declared outputs changed; the input is untouched.
        var after = Snapshot(dir.Path);
        foreach (var (path, bytes) in before) Assert.True(after.TryGetValue(path, out var now) && now.SequenceEqual(bytes), $"{path} changed; {why}");
        foreach (var path in after.Keys.Except(before.Keys))
        {
            var isOutput = declared.Contains(path) || path.StartsWith(dir.File("out") + Path.DirectorySeparatorChar, StringComparison.Ordinal);
            Assert.True(isOutput, $"undeclared file {path}; {why}");
        }

        if (r.ExitCode == 3) return;
        Assert.True(declared.Where(p => p != dir.File("out.data") || targets.Count == 1).All(File.Exists), "a declared output is missing; " + why);
        if (!withReport) return;

        // The report agrees with stderr, and its spans account for every byte.
        var lines = File.ReadAllLines(dir.File("report.jsonl")).Select(JObject.Parse).ToList();
        var summary = lines[^1];
        Assert.Equal("summary", (string?)summary["type"]);
        Assert.True((long)summary["read"]! == counts.Read && (long)summary["written"]! == counts.Written && (long)summary["rejected"]! == counts.Rejected, why);
        Assert.True((bool)summary["completed"]!, why);
        var spans = lines.Where(l => (string?)l["type"] == "rejected").Select(l => ((long)l["start"]!, (long)l["length"]!)).OrderBy(s => s.Item1).ToList();
        Assert.Equal(counts.Rejected, spans.Count);
        AssertBytesAccountedFor(damaged, format, spans, counts.Written, withRejects ? File.ReadAllBytes(dir.File("rejects.data")) : null, why);
    }

    /// <summary>
    /// Rejected spans do not overlap and appear, in order and byte for byte, in the rejects file; the stretches between
    /// them read back (alone, with the library's reader) as records none of which is rejected, as many as were written;
    /// and no byte outside the spans and those records is anything but a record separator.
    /// </summary>
    private static void AssertBytesAccountedFor(byte[] input, string format, List<(long Start, long Length)> spans, long written, byte[]? rejects, string why)
    {
        var covered = new bool[input.Length];
        long end = 0;
        var inRejects = 0;
        foreach (var (start, length) in spans)
        {
            Assert.True(start >= end && start + length <= input.Length, $"rejected span {start}+{length} overlaps or runs past the input; {why}");
            for (var i = start; i < start + length; i++) covered[i] = true;
            if (rejects is not null)
            {
                var at = rejects.AsSpan(inRejects).IndexOf(input.AsSpan((int)start, (int)length));
                Assert.True(at >= 0, $"rejected span {start}+{length} is not in --rejects; {why}");
                inRejects += at + (int)length;
            }

            end = start + length;
        }

        long readBack = 0;
        long gapStart = 0;
        foreach (var (start, length) in spans.Append((input.Length, 0)))
        {
            readBack += ReadBack(input, (int)gapStart, (int)(start - gapStart), format, covered, why);
            gapStart = start + length;
        }

        Assert.True(readBack == written, $"the stretches outside rejected records read back as {readBack} records, {written} were written; {why}");
        for (var i = 0; i < input.Length; i++)
        {
            if (!covered[i] && !IsSeparator(input[i], format))
                Assert.Fail($"byte {i} (0x{input[i]:x2}) is in no written and no rejected record; {why}");
        }
    }

    private static long ReadBack(byte[] input, int from, int length, string format, bool[] covered, string why)
    {
        if (length == 0) return 0;
        var registry = FormatRegistry.CreateDefault();
        using var reader = registry.Get(format).CreateReader(new MemoryStream(input, from, length), new ReadOptions { Strictness = Strictness.Permissive });
        long count = 0;
        foreach (var source in reader.Frame())
        {
            var result = reader.Parse(source);
            Assert.False(result.IsRejected, $"bytes {from + source.ByteOffset}+{source.Raw.Length}, outside every rejected span, do not read back: {string.Join("; ", result.Diagnostics)}; {why}");
            for (var i = 0; i < source.Raw.Length && from + source.ByteOffset + i < input.Length; i++) covered[from + source.ByteOffset + i] = true;
            count++;
        }

        return count;
    }

    /// <summary>Bytes that separate records rather than belong to one: line ends and blanks, the catalog text's form
    /// feed; between ISO 2709 records, line ends and a stray record terminator (which yaz and MARC4J pass over too).</summary>
    private static bool IsSeparator(byte b, string format) => format switch
    {
        "marc21" => b is 0x1D or (byte)'\n' or (byte)'\r',
        _ => b is (byte)'\n' or (byte)'\r' or (byte)' ' or (byte)'\t' or (byte)'\f',
    };

    private static (string Format, string Extension, byte[] Bytes) BuildInput(Random random)
    {
        switch (random.Next(3))
        {
            case 0:
                var records = MarcPool.SelectMany(f => SplitIso2709(File.ReadAllBytes(TestEnvironment.TestData("corpus", "marc", f)))).ToList();
                var picked = Enumerable.Range(0, random.Next(3, 9)).SelectMany(_ => records[random.Next(records.Count)]).ToArray();
                return ("marc21", ".mrc", picked);
            case 1:
                var json = File.ReadAllLines(Path.Combine(TestEnvironment.Examples, "out", "catalog.jsonl"));
                return ("json", ".jsonl", Encoding.UTF8.GetBytes(string.Join('\n', Enumerable.Range(0, random.Next(3, 9)).Select(_ => json[random.Next(json.Length)])) + "\n"));
            default:
                var pages = File.ReadAllText(Path.Combine(TestEnvironment.Examples, "catalog.txt")).Split("\f\n");
                return ("text", ".txt", Encoding.UTF8.GetBytes(string.Join("\f\n", Enumerable.Range(0, random.Next(3, 9)).Select(_ => pages[random.Next(pages.Length)].TrimEnd('\n') + "\n"))));
        }
    }

    private static List<byte[]> SplitIso2709(byte[] file)
    {
        var list = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < file.Length; i++)
        {
            if (file[i] != 0x1D) continue;
            list.Add(file[start..(i + 1)]);
            start = i + 1;
        }

        return list;
    }

    /// <summary>One to three random hits: bytes overwritten, a stretch cut out, or bytes put in, of kinds that hurt the format.</summary>
    private static byte[] Damage(byte[] input, string format, Random random)
    {
        var bytes = input.ToList();
        byte[] hostile = format == "marc21"
            ? [0x1D, 0x1E, 0x1F, (byte)'0', (byte)'9', (byte)' ', 0xFF, 0xC3, 0x00, (byte)'a']
            : [(byte)'{', (byte)'}', (byte)'"', (byte)'\n', (byte)'\f', (byte)':', 0xFF, 0xC3, 0x00, (byte)'\\', 0xA0];
        for (var hits = random.Next(1, 4); hits > 0 && bytes.Count > 2; hits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(3))
            {
                case 0:
                    for (var i = 0; i < random.Next(1, 6) && at + i < bytes.Count; i++) bytes[at + i] = hostile[random.Next(hostile.Length)];
                    break;
                case 1:
                    bytes.RemoveRange(at, Math.Min(random.Next(1, 40), bytes.Count - at));
                    break;
                default:
                    bytes.InsertRange(at, Enumerable.Range(0, random.Next(1, 6)).Select(_ => hostile[random.Next(hostile.Length)]));
                    break;
            }
        }

        return [.. bytes];
    }

    private static Dictionary<string, byte[]> Snapshot(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes, StringComparer.Ordinal);

    private sealed record Counts(long Read, long Written, long Rejected, long Discarded);

    private static Counts? SummaryCounts(string stderr)
    {
        var m = System.Text.RegularExpressions.Regex.Match(stderr, @"read (\d+), written (\d+), rejected (\d+)(?:, discarded (\d+))?");
        if (!m.Success) return null;
        long N(int g) => m.Groups[g].Success ? long.Parse(m.Groups[g].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        return new Counts(N(1), N(2), N(3), N(4));
    }
}
