using System.Runtime.ExceptionServices;
using Exporter.Diagnostics;
using Exporter.Jobs.Sharding;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// The whole <c>exporter convert</c> / <c>validate</c> run: resolve inputs, refuse outputs that would destroy or mix
/// with inputs or each other (<see cref="OutputGuard"/>), run the converter per group of outputs, and end with one
/// commit of the report, rejects and outputs (<see cref="JobOutputs"/>).
/// </summary>
public sealed class ConvertJob(FormatRegistry registry)
{
    /// <summary>The outputs of the running or last <see cref="Run"/>, for <see cref="Abandon"/> and the results.</summary>
    private volatile JobOutputs? _outputs;
    private ExceptionDispatchInfo? _dropped;

    /// <summary>
    /// The complete output files the current or last <see cref="Run"/> has put in place, safe to read from another
    /// thread. Outputs are committed when the run ends; a run interrupted at the third input of an <c>--out-dir</c> run
    /// keeps the complete outputs of the first two (and no partial file).
    /// </summary>
    public IReadOnlyList<string> Committed => _outputs?.Result?.Outputs ?? [];

    /// <summary>The counts of the current or last <see cref="Run"/> once it ended, also when it threw (null before):
    /// what was written to outputs that were kept, what was rejected, what was discarded.</summary>
    public ConversionSummary? Summary => _outputs?.Result?.Summary;

    /// <summary>Target names with "all" expanded to every writable format that does not opt out (<see cref="IRecordFormat.InAll"/>).</summary>
    public IReadOnlyList<IRecordFormat> ExpandTargets(IReadOnlyList<string> names)
    {
        var result = new List<IRecordFormat>();
        foreach (var name in names.SelectMany(n => n.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (name.Equals("all", StringComparison.OrdinalIgnoreCase))
            {
                result.AddRange(registry.Formats.Where(f => f.CanWrite && f.InAll));
                continue;
            }

            var f = registry.Get(name);
            if (!f.CanWrite) throw Usage("CLI0006", $"format '{f.Name}' cannot be written");
            result.Add(f);
        }

        return result.Distinct().ToList();
    }

    /// <summary>
    /// Ends a <see cref="Run"/> in progress from another thread, as interrupted, for a caller giving up on a run that
    /// cannot see its cancellation (blocked reading a pipe or FIFO that stays open): the outputs of the inputs finished
    /// before are committed with the report and rejects (see <see cref="JobOutputs"/>), every other temporary file is
    /// deleted. Returns how many temporary files were discarded.
    /// </summary>
    public int Abandon() => _outputs?.Abandon() ?? 0;

    /// <summary>Runs the job. Throws <see cref="ExporterException"/> for usage problems before anything is opened; after
    /// that, <see cref="OperationCanceledException"/> or the I/O error that ended the run, with <see cref="Summary"/>
    /// and <see cref="Committed"/> saying what was kept.</summary>
    public ConvertJobResult Run(ConvertJobOptions options, IConversionObserver? observer = null, CancellationToken cancel = default)
    {
        options = options with { Conversion = options.Conversion with { Once = new RunOnce(registry.Formats.SelectMany(f => f.OncePerRun)) } }; // once-per-run warnings are per run
        var targets = ExpandTargets(options.To);
        foreach (var t in targets) t.CreateEncoder(options.Write); // a format refusing its options does so before anything is opened
        if (targets.Count > 0 && options.OutputFile is null == (options.OutputDirectory is null))
            throw Usage("CLI0007", "give exactly one of -o FILE or --out-dir DIR");
        if (options.OutputFile is not null && targets.Count > 1)
            throw Usage("CLI0008", "-o takes one target format; use --out-dir for several");
        CheckShard(options);
        var resolved = InputResolver.Resolve(options.Inputs, options.From, registry);
        var inputs = resolved.Files;

        var names = options.OutputDirectory is null ? [] : OutputNames(inputs);
        var groups = options.OutputDirectory is null
            ? [(inputs, (IReadOnlyList<string>)targets.Select(_ => options.OutputFile!).ToList())]
            : inputs.Select((i, n) => ((IReadOnlyList<InputFile>)[i], (IReadOnlyList<string>)targets.Select(t => Path.Combine(options.OutputDirectory, i.Folder, names[n] + t.OutputExtension(options.Write))).ToList())).ToList();
        if (options.OutputDirectory is not null) CheckCollisions(groups.SelectMany(g => g.Item2).ToList());
        var named = new List<(string Role, string Path)>();
        if (options.OutputFile is not null && targets.Count > 0) named.Add(("-o", options.OutputFile));
        if (options.OutputDirectory is not null) named.AddRange(groups.SelectMany(g => g.Item2).Select(p => ("output", p)));
        if (options.RejectsFile is not null) named.Add(("--rejects", options.RejectsFile));
        if (options.ReportFile is not null) named.Add(("--report", options.ReportFile));
        OutputGuard.Check(inputs, named);

        var plan = options.Shard is null ? null : ShardPlan.Make(inputs, options.Shard, options.Read);
        using var outputs = new JobOutputs(options.ReportFile, options.RejectsFile);
        _outputs = outputs;
        var jobObserver = new JobObserver(outputs, observer, inputs, plan);
        if (plan is not null)
        {
            outputs.Note(w => w.Shard(plan.Shard, options.OutputFile, options.OutputDirectory, options.RejectsFile));
            foreach (var note in plan.Notes()) jobObserver.OnDiagnostic(note);
        }

        foreach (var skipped in resolved.Skipped) jobObserver.OnDiagnostic(skipped.ToDiagnostic());

        var end = JobEnd.Catching(() =>
        {
            var ended = new JobEnd(JobOutcome.Completed);
            foreach (var (groupInputs, paths) in groups)
            {
                var summary = RunGroup(groupInputs, targets, paths, options, outputs, jobObserver, plan, cancel);
                if (summary is null)
                {
                    // Its input could not be read and the run went on: the run ends as failed (exit 3, "completed":
                    // false), keeping every other input's outputs.
                    ended = ended with { Outcome = JobOutcome.Failed, Failure = ended.Failure ?? _dropped };
                    continue;
                }

                if (summary.StoppedBy is not null) return ended with { Outcome = JobOutcome.Stopped, StoppedBy = summary.StoppedBy };
            }

            return ended;
        });

        var result = outputs.Complete(end.Outcome, end.StoppedBy) with { Skipped = resolved.Skipped };
        end.Failure?.Throw();
        return result;
    }

    /// <summary>Whether a run goes on past <paramref name="ex"/>: an error reading one input (not writing an output)
    /// of an <c>--out-dir</c> run under <c>--on-error skip</c>, where each input has outputs of its own.</summary>
    private static bool GoesOnPast(Exception ex, ConvertJobOptions options, CancellationToken cancel) =>
        ex is (IOException and not OutputException) or UnauthorizedAccessException
        && options.OutputDirectory is not null
        && options.Conversion.OnError == ErrorPolicy.Skip
        && !cancel.IsCancellationRequested;

    /// <summary>Runs one group of inputs into its outputs; null when its input could not be read and the run goes on without it.</summary>
    private ConversionSummary? RunGroup(IReadOnlyList<InputFile> inputs, IReadOnlyList<IRecordFormat> targets, IReadOnlyList<string> paths, ConvertJobOptions options,
        JobOutputs outputs, JobObserver observer, ShardPlan? plan, CancellationToken cancel)
    {
        var converter = new Converter(options.Conversion, observer) { KeepsFirstIds = plan is not null };
        var opened = outputs.OpenGroup(paths, () => converter.Progress);
        var conversionTargets = targets.Select((t, i) => new ConversionTarget(t.Name, t.CreateEncoder(options.Write), opened[i].Stream)).ToList();
        ConversionSummary summary;
        try
        {
            summary = converter.Run(plan?.Readers(inputs, options.Read) ?? Readers(inputs, options.Read), conversionTargets, cancel);
        }
        catch (Exception ex) when (GoesOnPast(ex, options, cancel))
        {
            // An input that cannot be read (deleted, replaced by a folder, unreadable, an I/O error) under --out-dir
            // and --on-error skip: its outputs are dropped, reported, and the other inputs go on.
            _dropped = ExceptionDispatchInfo.Capture(ex);
            observer.OnInputDropped(new Diagnostic(InputDiagnosticCodes.Unreadable, Severity.Error,
                $"cannot read this input ({ex.Message}); none of its outputs are written, its records read so far count as discarded; the other inputs go on") { Source = inputs[0].Path });
            return null;
        }

        if (summary.StoppedBy is not null) return summary;

        // Input that ends right after Ctrl-C (the upstream of a pipe killed by the same signal) is not success.
        cancel.ThrowIfCancellationRequested();
        if (plan is not null) outputs.Note(w => ShardLines(w, plan, inputs, targets, paths, options, summary, converter.WrittenPerTarget, converter.FirstIds));
        outputs.FinishGroup(summary);
        return summary;
    }

    /// <summary>A sharded run's lines for one group: what it read of each input, and each output's count and envelope.</summary>
    private static void ShardLines(ReportWriter report, ShardPlan plan, IReadOnlyList<InputFile> inputs, IReadOnlyList<IRecordFormat> targets, IReadOnlyList<string> paths, ConvertJobOptions options, ConversionSummary summary, IReadOnlyList<long> written, IReadOnlyList<RegisteredId> firstIds)
    {
        foreach (var input in inputs) report.ShardInput(plan.Of(input.Path)!);
        var names = new List<string>();
        for (var i = 0; i < targets.Count; i++)
        {
            // -o: the shards' files have names of their own; the output is known by its format
            var name = options.OutputDirectory is null ? targets[i].Name : Path.GetRelativePath(options.OutputDirectory, paths[i]);
            report.ShardOutput(name, targets[i].Name, summary with { Written = written[i] }, OutputEnvelope.Of(targets[i], options.Write));
            names.Add(name);
        }

        if (firstIds.Count > 0) report.ShardIds(names, firstIds);
    }

    /// <summary>A sharded run needs a report (the merge reads it) and output files.</summary>
    private static void CheckShard(ConvertJobOptions options)
    {
        if (options.Shard is not { } shard) return;
        shard.Validate();
        if (options.ReportFile is null) throw Usage("CLI0091", "--shard needs --report FILE: exporter merge joins the shards' outputs with what their reports say");
        if (options.OutputFile == "-") throw Usage("CLI0092", "--shard writes files for exporter merge: give -o FILE or --out-dir, not standard output");
    }

    internal static IEnumerable<ConversionInput> Readers(IReadOnlyList<InputFile> inputs, ReadOptions read)
    {
        foreach (var input in inputs)
        {
            var readOptions = read with { SourceName = input.Path };
            var stream = input.Open(); // first: opening may settle the format from the content
            using var reader = input.Format.CreateReader(stream, readOptions);
            yield return new ConversionInput(input.Path, reader) { DamageAtEnd = input.DamageAtEnd };
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
