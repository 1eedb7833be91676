using System.Text;
using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Jobs;

/// <summary>
/// Every output of one run, and the one commit that ends it, so that the files on disk, the report and the summary
/// always agree. Each group of outputs (all of an <c>-o</c> run, or one input's under <c>--out-dir</c>) is closed when
/// its inputs are done, and the report and rejects are marked at that point. At the end the run commits in a fixed
/// order, rejects, report, then outputs, keeping the files they replace until all are in place, so that a failure
/// on any of them puts every previous file back:
/// <list type="bullet">
/// <item>completed: everything;</item>
/// <item>stopped at a bad record: the report and rejects (they say why), no output;</item>
/// <item>interrupted or failed: the outputs of the groups finished before, and the report and rejects cut back to
/// those groups; when no group was finished, nothing.</item>
/// </list>
/// Thread-safe: a caller giving up on a run (<see cref="Abandon"/>) ends it from another thread.
/// </summary>
internal sealed class JobOutputs : IDisposable
{
    private static readonly ConversionSummary Zero = new(0, 0, 0, 0);

    private readonly Lock _gate = new();
    private readonly AtomicOutput? _report;
    private readonly AtomicOutput? _rejects;
    private readonly StreamWriter? _reportText;
    private readonly ReportWriter? _reportWriter;
    private readonly RejectsWriter? _rejectsWriter;
    private readonly List<AtomicOutput> _all = [];
    private readonly List<AtomicOutput> _finished = [];
    private List<AtomicOutput> _current = [];
    private Func<ConversionSummary>? _currentProgress;
    private long _reportMark;
    private long _rejectsMark;
    private ConversionSummary _done = Zero;
    private long _doneStreamedWritten;
    private long _doneStreamedOmitted;
    private long _droppedRead;
    private bool _closed;

    /// <summary>Opens the report and rejects files (either may be null).</summary>
    public JobOutputs(string? reportPath, string? rejectsPath)
    {
        try
        {
            if (reportPath is not null) _all.Add(_report = AtomicOutput.Open(reportPath));
            if (rejectsPath is not null) _all.Add(_rejects = AtomicOutput.Open(rejectsPath));
        }
        catch
        {
            Dispose();
            throw;
        }

        if (_report is not null)
        {
            _reportText = new StreamWriter(_report.Stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
            _reportWriter = new ReportWriter(_reportText);
        }

        if (_rejects is not null) _rejectsWriter = new RejectsWriter(_rejects.Stream);
    }

    /// <summary>What the run ended with, once <see cref="Complete"/> ran (also when it threw).</summary>
    public ConvertJobResult? Result { get; private set; }

    /// <summary>A warning or note: to the report.</summary>
    public void Diagnostic(Diagnostic diagnostic)
    {
        lock (_gate)
        {
            if (!_closed) _reportWriter?.Diagnostic(diagnostic);
        }
    }

    /// <summary>A rejected record: to the report and its raw bytes to the rejects file.</summary>
    public void Rejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics, RawRecordLayout layout)
    {
        lock (_gate)
        {
            if (_closed) return;
            _reportWriter?.Rejected(source, diagnostics);
            _rejectsWriter?.Add(source.Raw.Span, layout);
        }
    }

    /// <summary>Writes lines of the run's own (a sharded run's) to the report, if there is one.</summary>
    public void Note(Action<ReportWriter> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        lock (_gate)
        {
            if (!_closed && _reportWriter is not null) write(_reportWriter);
        }
    }

    /// <summary>Opens the outputs of the next group; <paramref name="progress"/> tells its counts so far.</summary>
    public IReadOnlyList<AtomicOutput> OpenGroup(IReadOnlyList<string> paths, Func<ConversionSummary> progress)
    {
        // Opened outside the gate: opening a FIFO blocks until it has a reader, and Abandon must not wait for that.
        var outputs = new List<AtomicOutput>();
        try
        {
            foreach (var p in paths) outputs.Add(AtomicOutput.Open(p));
        }
        catch
        {
            foreach (var o in outputs) o.Dispose();
            throw;
        }

        lock (_gate)
        {
            if (!_closed)
            {
                _current = outputs;
                _currentProgress = progress;
                _all.AddRange(outputs);
                return outputs;
            }
        }

        foreach (var o in outputs) o.Dispose();
        throw new OperationCanceledException("the run was abandoned");
    }

    /// <summary>The current group is done: its outputs are closed (flushed to disk) and will be committed at the end,
    /// and the report and rejects are marked.</summary>
    public void FinishGroup(ConversionSummary summary)
    {
        lock (_gate)
        {
            if (_closed) throw new OperationCanceledException("the run was abandoned");
            foreach (var o in _current) o.Close();
            _reportText?.Flush();
            _reportMark = _report?.Length ?? 0;
            _rejectsMark = _rejects?.Length ?? 0;
            var streamed = IsStreamed(_current);
            _finished.AddRange(_current.Where(o => !o.IsStreamed));
            if (streamed)
            {
                _doneStreamedWritten += summary.Written;
                _doneStreamedOmitted += summary.Omitted;
            }

            _done = new ConversionSummary(_done.Read + summary.Read, _done.Written + summary.Written, _done.Rejected + summary.Rejected, _done.Warnings + summary.Warnings)
            {
                Omitted = _done.Omitted + summary.Omitted,
            };
            _current = [];
            _currentProgress = null;
        }
    }

    /// <summary>
    /// The current group failed (its input could not be read) and the run goes on with the next: its outputs are
    /// discarded, the report and rejects are cut back to the last mark, its records read so far count as discarded,
    /// and <paramref name="why"/> goes to the report (and is kept there).
    /// </summary>
    public void DropGroup(Diagnostic why)
    {
        lock (_gate)
        {
            if (_closed) throw new OperationCanceledException("the run was abandoned");
            var current = _currentProgress?.Invoke() ?? Zero;
            foreach (var o in _current)
            {
                o.Discard();
                o.Dispose();
            }

            _reportText?.Flush();
            _report?.Truncate(_reportMark);
            _rejects?.Truncate(_rejectsMark);
            _reportWriter?.Diagnostic(why);
            _reportText?.Flush();
            _reportMark = _report?.Length ?? 0;
            _droppedRead += current.Read;
            _current = [];
            _currentProgress = null;
        }
    }

    /// <summary>Ends the run: commits what <paramref name="outcome"/> keeps (see the class), discards the rest, and
    /// returns the counts of what really was kept. Throws when committing fails, after putting the previous files back
    /// (<see cref="Result"/> then says nothing was written). Only the first call acts.</summary>
    public ConvertJobResult Complete(JobOutcome outcome, Diagnostic? stoppedBy)
    {
        lock (_gate) return CompleteLocked(outcome, stoppedBy, onRunThread: true, out _);
    }

    /// <summary>Ends a run from another thread as interrupted; returns how many temporary files were discarded.</summary>
    public int Abandon()
    {
        if (!_gate.TryEnter(TimeSpan.FromSeconds(1)))
        {
            // The run holds the gate (blocked writing the report to a pipe): keep nothing.
            return Snapshot().Count(o => o.Discard());
        }

        try
        {
            if (_closed) return 0;
            try
            {
                CompleteLocked(JobOutcome.Interrupted, null, onRunThread: false, out var discarded);
                return discarded;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or OperationCanceledException)
            {
                return Snapshot().Count(o => o.Discard());
            }
        }
        finally
        {
            _gate.Exit();
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var o in _all) o.Dispose();
    }

    private ConvertJobResult CompleteLocked(JobOutcome outcome, Diagnostic? stoppedBy, bool onRunThread, out int discarded)
    {
        discarded = 0;
        if (_closed) return Result!;
        _closed = true;
        var current = _currentProgress?.Invoke() ?? Zero;
        var currentStreamed = IsStreamed(_current);
        var done = _done;

        // Which outputs are kept, whether the report and rejects are, and whether they are cut back to the last mark.
        var keepFinished = outcome is JobOutcome.Completed or JobOutcome.Interrupted or JobOutcome.Failed;
        var keepReport = outcome is JobOutcome.Completed or JobOutcome.Stopped || _finished.Count > 0;
        var cutBack = outcome is JobOutcome.Interrupted or JobOutcome.Failed;

        var read = done.Read + current.Read + _droppedRead;
        var written = (keepFinished ? done.Written : _doneStreamedWritten) + (currentStreamed ? current.Written : 0);
        var omitted = (keepFinished ? done.Omitted : _doneStreamedOmitted) + (currentStreamed ? current.Omitted : 0);
        var rejected = done.Rejected + (cutBack ? 0 : current.Rejected);
        var warnings = done.Warnings + (cutBack ? 0 : current.Warnings);
        var summary = Summary(read, written, rejected, warnings, stoppedBy) with { Omitted = omitted, Discarded = Math.Max(0, read - written - omitted - rejected) };

        var discard = new List<AtomicOutput>(_current);
        if (!keepFinished) discard.AddRange(_finished);
        if (!keepReport)
        {
            if (_report is not null) discard.Add(_report);
            if (_rejects is not null) discard.Add(_rejects);
        }

        foreach (var o in discard)
        {
            if (o.Discard()) discarded++;

            // On the run's own thread nothing else writes them: close them now, so a full disk gets its space back.
            if (onRunThread) o.Dispose();
        }

        var commit = new List<AtomicOutput>();
        try
        {
            if (keepReport || _report is { IsStreamed: true })
            {
                _reportText?.Flush();
                if (cutBack)
                {
                    _report?.Truncate(_reportMark);
                    _rejects?.Truncate(_rejectsMark);
                }

                _reportWriter?.Summary(summary, outcome == JobOutcome.Completed);
                _reportText?.Flush();
            }

            if (keepReport)
            {
                if (_rejects is not null) commit.Add(_rejects);
                if (_report is not null) commit.Add(_report);
            }

            if (keepFinished) commit.AddRange(_finished);
            Publish(commit);
        }
        catch
        {
            // Nothing was kept: every record read is discarded but those already streamed.
            var streamedOnly = _doneStreamedWritten + (currentStreamed ? current.Written : 0);
            var streamedOmitted = _doneStreamedOmitted + (currentStreamed ? current.Omitted : 0);
            Result = new ConvertJobResult(Summary(read, streamedOnly, 0, warnings, stoppedBy) with { Omitted = streamedOmitted, Discarded = Math.Max(0, read - streamedOnly - streamedOmitted) }, []);
            foreach (var o in _all) o.Discard();
            throw;
        }

        Result = new ConvertJobResult(summary, [.. (keepFinished ? _finished : []).Select(o => o.Name)]);
        return Result;
    }

    /// <summary>Publishes in order; on a failure puts back what was replaced and rethrows.</summary>
    private static void Publish(List<AtomicOutput> outputs)
    {
        var published = new List<AtomicOutput>();
        try
        {
            foreach (var o in outputs)
            {
                o.Publish();
                published.Add(o);
            }
        }
        catch
        {
            for (var i = published.Count - 1; i >= 0; i--) published[i].Restore();
            throw;
        }

        foreach (var o in published) o.Finish();
    }

    private static ConversionSummary Summary(long read, long written, long rejected, long warnings, Diagnostic? stoppedBy) =>
        new(read, written, rejected, warnings) { StoppedBy = stoppedBy, Discarded = Math.Max(0, read - written - rejected) };

    /// <summary>The outputs opened so far, read without the gate (only added to, under it).</summary>
    private AtomicOutput[] Snapshot()
    {
        while (true)
        {
            try
            {
                return [.. _all];
            }
            catch (InvalidOperationException)
            {
                // Added to while copied: again.
            }
        }
    }

    private static bool IsStreamed(List<AtomicOutput> outputs) => outputs.Count > 0 && outputs.All(o => o.IsStreamed);
}
