using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Benchmarks;

/// <summary>
/// Where the time goes, stage by stage, on one thread in steady state: framing, parsing, the crosswalk to the hub
/// (for inputs read into a native model, like MARC), each target's encoder on records already parsed (freshly for
/// every run, so that what targets share is counted in each), and all the targets in one pass, as a run with all of
/// them encodes. Every stage is run once to warm up, then <c>runs</c> times; the median is reported. Writing to disk
/// is not included (bench/run.sh measures the whole process).
/// </summary>
internal static class StageProfile
{
    public static int Run(string path, IReadOnlyList<string> formats, int runs = 3)
    {
        var registry = FormatRegistry.CreateDefault();
        var bytes = File.ReadAllBytes(path);
        var format = registry.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 4096))) ?? registry.ForPath(path)
            ?? throw new InvalidOperationException($"cannot tell the format of {path}");
        var rows = new List<(string Stage, double Seconds)>();
        rows.Add(("frame " + format.Name, Time(runs, () =>
        {
            using var reader = format.CreateReader(new MemoryStream(bytes), new ReadOptions());
            foreach (var unused in reader.Frame())
            {
            }
        })));
        List<RecordSource> sources;
        using (var reader = format.CreateReader(new MemoryStream(bytes), new ReadOptions())) sources = [.. reader.Frame()];
        using var parser = format.CreateReader(new MemoryStream(bytes), new ReadOptions());
        rows.Add(("parse " + format.Name, Time(runs, () =>
        {
            foreach (var s in sources) parser.Parse(s); // results dropped at once, as the pipeline does
        })));
        var results = sources.ConvertAll(parser.Parse);
        var hasSource = results.Exists(r => r.HasSourceRecord);
        if (hasSource)
        {
            rows.Add(("crosswalk " + format.Name + " -> hub", Time(runs, () =>
            {
                foreach (var s in sources) parser.Parse(s).GetCatalog(NullDiagnostics.Instance);
            }) - rows[^1].Seconds)); // parse and crosswalk, less parse
        }

        // Every timed run encodes freshly read records (read, and crosswalked to the hub, untimed before it): what a
        // record's targets make from it once and share (the MARC record composed from the hub, the schema.org graph)
        // is then counted in each stage that needs it, as when the format is the run's only target.
        void Fresh()
        {
            results = sources.ConvertAll(parser.Parse);
            if (hasSource)
            {
                foreach (var r in results) r.GetCatalog(NullDiagnostics.Instance); // encoders below start from the hub
            }
        }

        var buffer = new ArrayBufferWriter<byte>(1 << 20);
        var options = new WriteOptions { Clock = new FixedClock(DateTimeOffset.UnixEpoch) };
        var encoders = formats.Select(name => registry.Get(name).CreateEncoder(options)).ToList();
        for (var e = 0; e < formats.Count; e++)
        {
            var encoder = encoders[e];
            rows.Add(("encode " + formats[e], Time(runs, Fresh, () =>
            {
                long ordinal = 0;
                foreach (var r in results)
                {
                    buffer.ResetWrittenCount();
                    encoder.Encode(r, ordinal++, buffer, NullDiagnostics.Instance);
                }
            })));
        }

        // One pass, as a run with all these targets encodes: every record to each target in turn.
        rows.Add(("encode all of the above, one pass", Time(runs, Fresh, () =>
        {
            long ordinal = 0;
            foreach (var r in results)
            {
                foreach (var encoder in encoders)
                {
                    buffer.ResetWrittenCount();
                    encoder.Encode(r, ordinal, buffer, NullDiagnostics.Instance);
                }

                ordinal++;
            }
        })));

        Console.WriteLine(FormattableString.Invariant($"{results.Count} records, {bytes.Length} bytes of {format.Name}; one thread, median of {runs} runs after a warm-up"));
        Console.WriteLine();
        Console.WriteLine("| stage | s | µs/record | records/s |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (stage, seconds) in rows)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {stage} | {seconds:F3} | {seconds * 1e6 / Math.Max(1, results.Count):F1} | {results.Count / Math.Max(seconds, 1e-9):F0} |"));
        }

        return 0;
    }

    private static double Time(int runs, Action action) => Time(runs, () => { }, action);

    /// <summary>The median time of <paramref name="action"/>, each run (and the warm-up) after an untimed <paramref name="setup"/>.</summary>
    private static double Time(int runs, Action setup, Action action)
    {
        setup();
        action();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            setup();
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalSeconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
