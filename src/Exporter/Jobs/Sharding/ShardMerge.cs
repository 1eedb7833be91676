using System.Text;
using Exporter.Pipeline;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Jobs.Sharding;

/// <summary>
/// <c>exporter merge</c>: joins the shards of one sharded run (<c>exporter convert --shard K/N</c>) into what a single
/// run writes, byte for byte. Each output is its envelope's header, the records of every shard in shard order with the
/// separator between two, and the footer (<see cref="OutputEnvelope"/>, named in each shard's report); records are
/// copied, never parsed. The merged report numbers records as a single run does (each shard's indexes and line
/// numbers are its slice's own) and sums the counts; the merged rejects are every shard's, in order. Every merged file
/// is written beside its place and renamed into it. An id two shards both saw first (their linked-data IRIs collide,
/// which the single run would have told apart) is a warning (<see cref="ShardIdCollisions"/>), in the merged report
/// and in <see cref="ConvertJobResult.Warnings"/>.
/// </summary>
public sealed class ShardMerge(FormatRegistry registry)
{
    /// <summary>Merges; throws <see cref="Diagnostics.ExporterException"/> for usage errors (CLI codes) and shards that do not
    /// fit together (MERGE codes) before any file is written.</summary>
    public ConvertJobResult Run(ShardMergeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Reports.Count == 0) throw Merge.Usage("CLI0093", "give the --report of every shard of the run to merge");
        if (options.OutputFile is null == (options.OutputDirectory is null)) throw Merge.Usage("CLI0094", "give exactly one of -o FILE or --out-dir DIR");
        var shards = options.Reports.Select(ShardReport.Read).OrderBy(s => s.Number).ToList();
        Check(shards);
        var names = shards[0].Outputs.Select(o => (string)o["name"]!).ToList();
        if (options.OutputFile is not null && names.Count != 1)
        {
            throw Merge.Usage("CLI0095", FormattableString.Invariant($"the shards wrote {names.Count} outputs each; merge them with --out-dir DIR"));
        }

        foreach (var shard in shards)
        {
            if (!shard.Outputs.Select(o => (string)o["name"]!).SequenceEqual(names))
            {
                throw Merge.Error("MERGE0002", $"shard {shard.Number} ({shard.Path}) wrote other outputs than shard 1; were they run with the same inputs and --to?");
            }
        }

        for (var i = 0; i < names.Count; i++) MergeOutput(shards, i, null);
        var written = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var target = options.OutputFile ?? Path.Combine(options.OutputDirectory!, names[i]);
            MergeOutput(shards, i, target);
            written.Add(target);
        }

        if (options.RejectsFile is not null) MergeRejects(shards, options.RejectsFile);
        var collisions = ShardIdCollisions.Find(shards);
        var summary = Summary(shards);
        summary = summary with { Warnings = summary.Warnings + collisions.Count };
        if (options.ReportFile is not null) summary = MergeReport(shards, options.ReportFile, summary, collisions);
        return new ConvertJobResult(summary, written) { Warnings = collisions };
    }

    private static void Check(List<ShardReport> shards)
    {
        var count = shards[0].Count;
        for (var k = 0; k < shards.Count; k++)
        {
            var shard = shards[k];
            if (shard.Count != count) throw Merge.Error("MERGE0002", FormattableString.Invariant($"{shard.Path} is shard {shard.Number} of {shard.Count}, {shards[0].Path} one of {count}: not one run"));
            if (shard.Number != k + 1)
            {
                var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Number)).ToList();
                throw Merge.Error("MERGE0002", missing.Count > 0
                    ? FormattableString.Invariant($"shard {missing[0]} of {count} is missing: give the report of every shard")
                    : FormattableString.Invariant($"shard {shard.Number} is given twice"));
            }

            if (shard.Summary is null || shard.Summary["completed"]?.Value<bool>() != true)
            {
                throw Merge.Error("MERGE0004", FormattableString.Invariant($"shard {shard.Number} ({shard.Path}) did not complete; run it again before merging"));
            }
        }

        if (shards.Count != count)
        {
            var missing = Enumerable.Range(1, count).Except(shards.Select(s => s.Number)).ToList();
            throw Merge.Error("MERGE0002", FormattableString.Invariant($"shard {missing[0]} of {count} is missing: give the report of every shard"));
        }
    }

    /// <summary>Merges one output into <paramref name="target"/>; with no target, only checks that every shard's file is
    /// what its report says (so that a refused merge writes nothing).</summary>
    private void MergeOutput(List<ShardReport> shards, int index, string? target)
    {
        var lines = shards.Select(s => s.Outputs[index]).ToList();
        var envelope = Envelope(lines[0]);
        foreach (var (line, shard) in lines.Zip(shards))
        {
            if (Envelope(line) != envelope) throw Merge.Error("MERGE0003", $"shard {shard.Number} wrote {line["name"]} in another envelope than shard 1 (other options?)");
        }

        var header = Encoding.UTF8.GetBytes(envelope.Header);
        var before = Encoding.UTF8.GetBytes(envelope.Before);
        var separator = Encoding.UTF8.GetBytes(envelope.Separator);
        var footer = Encoding.UTF8.GetBytes(envelope.Footer);
        var emptyFooter = Encoding.UTF8.GetBytes(envelope.EmptyFooter);
        var total = lines.Sum(l => (long)l["written"]!);
        var relabeler = (string?)lines[0]["labels"] is { } labels
            ? registry.Get((string)lines[0]["format"]!).Relabeler(labels) ?? throw Merge.Error("MERGE0007", $"format {lines[0]["format"]} cannot renumber its {labels} labels")
            : null;
        long readBefore = 0; // records are labelled with their ordinal among the records read (rejected ones too)
        var temporary = target is null ? null : target + ".merging";
        if (target is not null) Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(target))!);
        try
        {
            using (var output = temporary is null ? Stream.Null : new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                output.Write(header);
                if (total > 0) output.Write(before);
                var first = true;
                foreach (var (line, shard) in lines.Zip(shards))
                {
                    var file = shard.Locate(shard.OutputDirectory is null ? shard.Output! : Path.Combine(shard.OutputDirectory, (string)line["name"]!));
                    var n = (long)line["written"]!;
                    using var input = OpenShardFile(file, shard);
                    var lead = n > 0 ? [.. header, .. before] : header;
                    var tail = n > 0 ? footer : emptyFooter;
                    var body = input.Length - lead.Length - tail.Length;
                    if (body < 0 || !StartsWith(input, lead) || !EndsWith(input, tail) || (n == 0 && body != 0))
                    {
                        throw Merge.Error("MERGE0003", $"{file} is not the output shard {shard.Number}'s report describes (its envelope or length differs); was it changed, or written by another run?");
                    }

                    var shift = readBefore;
                    readBefore += (long)line["read"]!;
                    if (n == 0 || temporary is null) continue;
                    if (!first) output.Write(separator);
                    first = false;
                    if (relabeler is null || shift == 0)
                    {
                        input.Position = lead.Length;
                        Copy(input, output, body);
                    }
                    else
                    {
                        using var records = new SliceStream(OpenShardFile(file, shard), lead.Length, lead.Length + body, SliceEnvelope.None);
                        relabeler.Copy(records, shift, output);
                    }
                }

                output.Write(total > 0 ? footer : emptyFooter);
            }

            if (temporary is not null) File.Move(temporary, target!, overwrite: true);
        }
        finally
        {
            if (temporary is not null) File.Delete(temporary);
        }
    }

    private void MergeRejects(List<ShardReport> shards, string target)
    {
        var temporary = target + ".merging";
        try
        {
            using (var output = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
            {
                foreach (var shard in shards)
                {
                    if (shard.Rejects is null) throw Merge.Error("MERGE0005", $"shard {shard.Number} kept no rejects (no --rejects): there are none to merge");
                    using var input = OpenShardFile(shard.Locate(shard.Rejects), shard);
                    if (input.Length == 0) continue;
                    if (output.Length > 0) output.Write(Encoding.UTF8.GetBytes(FirstRejectLayout(shard).Separator));
                    Copy(input, output, input.Length);
                }
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>How the first record in a shard's rejects is delimited (its input's format's layout).</summary>
    private RawRecordLayout FirstRejectLayout(ShardReport shard)
    {
        var source = (string?)shard.Lines.FirstOrDefault(l => (string?)l["type"] == "rejected")?["source"];
        var format = (string?)shard.Inputs.FirstOrDefault(i => (string?)i["source"] == source)?["format"];
        return format is null ? RawRecordLayout.SelfDelimiting : registry.Get(format).RawRecords;
    }

    /// <summary>Writes the merged report; returns the summary it ends with (a once-per-run warning counted once).</summary>
    private ConversionSummary MergeReport(List<ShardReport> shards, string target, ConversionSummary summary, IReadOnlyList<Diagnostics.Diagnostic> collisions)
    {
        var once = registry.Formats.SelectMany(f => f.OncePerRun).ToHashSet(StringComparer.Ordinal);
        var onceSeen = new HashSet<string>(StringComparer.Ordinal);
        long dropped = 0;
        var readBefore = new Dictionary<string, long>(StringComparer.Ordinal);
        var linesBefore = new Dictionary<string, long>(StringComparer.Ordinal);
        var temporary = target + ".merging";
        try
        {
            using (var output = new StreamWriter(temporary, false, new UTF8Encoding(false)))
            {
                var runLines = shards[0].Lines.Where(l => l["index"] is null).Select(l => l.ToString(Formatting.None)).ToHashSet(StringComparer.Ordinal);
                foreach (var shard in shards)
                {
                    var onceHere = new HashSet<string>(StringComparer.Ordinal);
                    var prologue = shard.Inputs.ToDictionary(i => (string)i["source"]!, i => (long)i["prologueLines"]!, StringComparer.Ordinal);
                    foreach (var line in shard.Lines)
                    {
                        if ((string?)line["source"] is { } source && prologue.TryGetValue(source, out var prologueLines))
                        {
                            if (line["index"] is JValue index) index.Value = (long)index + readBefore.GetValueOrDefault(source);
                            var shift = linesBefore.GetValueOrDefault(source) - prologueLines;
                            if (shift != 0) ShiftLines(line, shift);
                        }

                        // A warning the encoders give once per run: the first shard's.
                        if ((string?)line["code"] is { } code && once.Contains(code))
                        {
                            var key = code;
                            onceHere.Add(key);
                            if (onceSeen.Contains(key))
                            {
                                dropped++;
                                continue;
                            }
                        }

                        var text = line.ToString(Formatting.None);

                        // Lines about the run, not a record (a skipped directory entry), which every shard writes: once.
                        if (shard.Number > 1 && line["index"] is null && runLines.Contains(text)) continue;
                        output.Write(text);
                        output.Write('\n');
                    }

                    onceSeen.UnionWith(onceHere);
                    foreach (var input in shard.Inputs)
                    {
                        var source = (string)input["source"]!;
                        readBefore[source] = readBefore.GetValueOrDefault(source) + (long)input["read"]!;
                        linesBefore[source] = linesBefore.GetValueOrDefault(source) + (long)input["lineFeeds"]!;
                    }
                }

                // Ids two shards both saw first: after every record's lines, before the summary.
                var lines = new ReportWriter(output);
                foreach (var collision in collisions) lines.Diagnostic(collision);

                var s = new JObject
                {
                    ["type"] = "summary",
                    ["read"] = summary.Read,
                    ["written"] = summary.Written,
                };
                if (summary.Omitted > 0) s["omitted"] = summary.Omitted; // as a run's own report: only when a format left records out
                s.Merge(new JObject
                {
                    ["rejected"] = summary.Rejected,
                    ["discarded"] = summary.Discarded,
                    ["warnings"] = summary.Warnings - dropped,
                    ["completed"] = true,
                });
                output.Write(s.ToString(Formatting.None));
                output.Write('\n');
            }

            File.Move(temporary, target, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return summary with { Warnings = summary.Warnings - dropped };
    }

    /// <summary>Line numbers of a slice made the input's: the line itself and each of its diagnostics.</summary>
    private static void ShiftLines(JObject line, long shift)
    {
        if (line["line"] is JValue own) own.Value = (long)own + shift;
        if (line["diagnostics"] is not JArray diagnostics) return;
        foreach (var d in diagnostics.OfType<JObject>())
        {
            if (d["line"] is JValue l) l.Value = (long)l + shift;
        }
    }

    private static ConversionSummary Summary(List<ShardReport> shards)
    {
        long Sum(string name) => shards.Sum(s => (long?)s.Summary![name] ?? 0); // "omitted" is absent when 0
        return new ConversionSummary(Sum("read"), Sum("written"), Sum("rejected"), Sum("warnings")) { Discarded = Sum("discarded"), Omitted = Sum("omitted") };
    }

    private static OutputEnvelope Envelope(JObject line) => new((string)line["header"]!, (string)line["before"]!, (string)line["separator"]!, (string)line["footer"]!, (string)line["emptyFooter"]!);

    private static FileStream OpenShardFile(string file, ShardReport shard)
    {
        try
        {
            return new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw Merge.Error("MERGE0006", $"{file}, named by shard {shard.Number}'s report {shard.Path}, is not there");
        }
    }

    private static bool StartsWith(FileStream input, byte[] expected)
    {
        var buffer = new byte[expected.Length];
        input.Position = 0;
        input.ReadExactly(buffer);
        return buffer.AsSpan().SequenceEqual(expected);
    }

    private static bool EndsWith(FileStream input, byte[] expected)
    {
        var buffer = new byte[expected.Length];
        input.Position = input.Length - expected.Length;
        input.ReadExactly(buffer);
        return buffer.AsSpan().SequenceEqual(expected);
    }

    private static void Copy(Stream input, Stream output, long count)
    {
        var buffer = new byte[1 << 16];
        while (count > 0)
        {
            var n = input.Read(buffer, 0, (int)Math.Min(buffer.Length, count));
            if (n == 0) throw new IOException("a shard's file ended early while merging");
            output.Write(buffer, 0, n);
            count -= n;
        }
    }
}
