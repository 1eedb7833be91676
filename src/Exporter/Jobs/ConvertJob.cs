using System.Collections.Concurrent;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// The whole <c>exporter convert</c> / <c>validate</c> run: resolve inputs, open atomic outputs, run the converter,
/// keep rejects and the report, and commit outputs only when the run was not stopped.
/// </summary>
public sealed class ConvertJob(FormatRegistry registry)
{
    /// <summary>Outputs of the running <see cref="Run"/> not yet disposed, for <see cref="Abandon"/>.</summary>
    private readonly ConcurrentDictionary<AtomicOutput, byte> _open = new();

    /// <summary>Outputs committed by the current or last <see cref="Run"/>.</summary>
    private readonly ConcurrentQueue<string> _committed = new();

    /// <summary>
    /// The complete output files the current or last <see cref="Run"/> has put in place so far, safe to read from
    /// another thread. Under --out-dir each input's outputs are committed when that input is done, so a run
    /// interrupted at its third input keeps the complete outputs of the first two (and no partial file).
    /// </summary>
    public IReadOnlyList<string> Committed => [.. _committed];

    /// <summary>Target names with "all" expanded to every writable format.</summary>
    public IReadOnlyList<IRecordFormat> ExpandTargets(IReadOnlyList<string> names)
    {
        var result = new List<IRecordFormat>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                result.AddRange(registry.Formats.Where(f => f.CanWrite));
                continue;
            }

            var f = registry.Get(name);
            if (!f.CanWrite) throw Usage("CLI0006", $"format '{f.Name}' cannot be written");
            result.Add(f);
        }

        return result.Distinct().ToList();
    }

    /// <summary>
    /// Deletes the temporary files of every output of a <see cref="Run"/> in progress, from another thread, for a
    /// caller giving up on a run that cannot see its cancellation (blocked reading a pipe or FIFO that stays open).
    /// Those outputs can no longer be committed. Returns how many were discarded.
    /// </summary>
    public int Abandon()
    {
        var count = 0;
        foreach (var output in _open.Keys)
        {
            if (output.Discard()) count++;
        }

        return count;
    }

    /// <summary>Runs the job. Throws <see cref="ExporterException"/> for usage and I/O problems before any record is read.</summary>
    public ConvertJobResult Run(ConvertJobOptions options, IConversionObserver? observer = null, CancellationToken cancel = default)
    {
        var targets = ExpandTargets(options.To);
        if (targets.Count > 0 && options.OutputFile is null == (options.OutputDirectory is null))
            throw Usage("CLI0007", "give exactly one of -o FILE or --out-dir DIR");
        if (options.OutputFile is not null && targets.Count > 1)
            throw Usage("CLI0008", "-o takes one target format; use --out-dir for several");
        var resolved = InputResolver.Resolve(options.Inputs, options.From, registry);
        var inputs = resolved.Files;
        if (inputs.Count == 0)
            throw Usage("CLI0009", "no input files of a known format were found" + (resolved.Skipped.Count == 0 ? "" : "; " + string.Join(", ", SkippedInput.Summary(resolved.Skipped))));

        using var report = options.ReportFile is null ? null : Open(options.ReportFile);
        using var rejects = options.RejectsFile is null ? null : Open(options.RejectsFile);
        var reportText = report is null ? null : new StreamWriter(report.Stream, new System.Text.UTF8Encoding(false), 1 << 16, leaveOpen: true);
        var reportWriter = reportText is null ? null : new ReportWriter(reportText);
        var inputOf = inputs.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var jobObserver = new JobObserver(reportWriter, rejects is null ? null : new RejectsWriter(rejects.Stream), observer, inputOf);
        foreach (var s in resolved.Skipped) jobObserver.OnDiagnostic(s.ToDiagnostic());

        var names = options.OutputDirectory is null ? [] : OutputNames(inputs);
        var groups = options.OutputDirectory is null
            ? [(inputs, (IReadOnlyList<string>)targets.Select(_ => options.OutputFile!).ToList())]
            : inputs.Select((i, n) => ((IReadOnlyList<InputFile>)[i], (IReadOnlyList<string>)targets.Select(t => Path.Combine(options.OutputDirectory, i.Folder, names[n] + t.Extensions[0])).ToList())).ToList();
        if (options.OutputDirectory is not null) CheckCollisions(groups.SelectMany(g => g.Item2).ToList());

        var total = new ConversionSummary(0, 0, 0, 0);
        _committed.Clear();
        foreach (var (groupInputs, paths) in groups)
        {
            var summary = RunGroup(groupInputs, targets, paths, options, jobObserver, cancel);
            total = new ConversionSummary(total.Read + summary.Read, total.Written + summary.Written, total.Rejected + summary.Rejected, total.Warnings + summary.Warnings)
            {
                StoppedBy = summary.StoppedBy,
            };
            if (summary.StoppedBy is not null) break;
        }

        reportWriter?.Summary(total);
        reportText?.Dispose();
        report?.Commit();
        rejects?.Commit();
        _open.Clear();
        return new ConvertJobResult(total, Committed) { Skipped = resolved.Skipped };
    }

    private ConversionSummary RunGroup(IReadOnlyList<InputFile> inputs, IReadOnlyList<IRecordFormat> targets, IReadOnlyList<string> paths, ConvertJobOptions options, JobObserver observer, CancellationToken cancel)
    {
        var outputs = new List<AtomicOutput>();
        try
        {
            foreach (var p in paths) outputs.Add(Open(p));
            var conversionTargets = targets.Select((t, i) => new ConversionTarget(t.Name, t.CreateEncoder(options.Write), outputs[i].Stream)).ToList();
            var converter = new Converter(options.Conversion, observer);
            var summary = converter.Run(Readers(inputs, options), conversionTargets, cancel);
            if (summary.StoppedBy is null)
            {
                // Input that ends right after Ctrl-C (the upstream of a pipe killed by the same signal) is not success.
                cancel.ThrowIfCancellationRequested();
                foreach (var o in outputs)
                {
                    o.Commit();
                    _committed.Enqueue(o.Name);
                }
            }

            return summary;
        }
        finally
        {
            foreach (var o in outputs)
            {
                o.Dispose();
                _open.TryRemove(o, out _);
            }
        }
    }

    private AtomicOutput Open(string path)
    {
        var output = AtomicOutput.Open(path);
        _open.TryAdd(output, 0);
        return output;
    }

    private static IEnumerable<ConversionInput> Readers(IReadOnlyList<InputFile> inputs, ConvertJobOptions options)
    {
        foreach (var input in inputs)
        {
            var readOptions = options.Read with { SourceName = input.Path };
            var stream = input.Open(); // first: opening may settle the format from the content
            using var reader = input.Format.CreateReader(stream, readOptions);
            yield return new ConversionInput(input.Path, reader);
        }
    }

    /// <summary>
    /// Each input's output name: its stem; when another input of the same folder has the same stem, its file name
    /// without ".gz" (yaz's marc0.marc and marc0.xml give marc0.marc.* and marc0.xml.*); when that is shared too
    /// (x.mrc beside x.mrc.gz), its whole file name (x.mrc.* and x.mrc.gz.*). Deterministic, and from names only.
    /// </summary>
    private static string[] OutputNames(IReadOnlyList<InputFile> inputs)
    {
        var stems = inputs.CountBy(i => (i.Folder, i.Stem)).ToDictionary();
        var names = inputs.CountBy(i => (i.Folder, i.Name)).ToDictionary();
        return [.. inputs.Select(i => stems[(i.Folder, i.Stem)] == 1 ? i.Stem : names[(i.Folder, i.Name)] == 1 ? i.Name : Path.GetFileName(i.Path))];
    }

    private static void CheckCollisions(List<string> paths)
    {
        var dup = paths.GroupBy(Path.GetFullPath).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw Usage("CLI0010", $"two inputs would write the same output file {dup.Key}; convert them separately or use -o");
    }

    private static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
