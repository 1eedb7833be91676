using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Pipeline;
using Newtonsoft.Json;

namespace Exporter.Jobs;

/// <summary>
/// The JSON Lines report: one line per rejected record (with all its diagnostics), one per warning on a written
/// record, and a closing summary line whose counts reconcile (read = written + omitted + rejected + discarded). Records are
/// numbered from 1 (<c>"index": 1</c> is the first record of its input), as in the messages on stderr ("record 1").
/// </summary>
internal sealed class ReportWriter(TextWriter output)
{
    /// <summary>A rejected record.</summary>
    public void Rejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
    {
        var first = diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) ?? (diagnostics.Count > 0 ? diagnostics[0] : null);
        Line(w =>
        {
            Prop(w, "type", "rejected");
            Prop(w, "source", source.SourceName);
            Prop(w, "index", source.Index + 1);
            Position(w, first, source);
            Prop(w, "id", first?.RecordId);
            Prop(w, "code", first?.Code);
            Prop(w, "message", first?.Message);
            Prop(w, "field", first?.Field);
            Prop(w, "start", source.ByteOffset);
            Prop(w, "length", source.Raw.Length);
            if (source.Parts.Length > 1)
            {
                // raw bytes gathered from several places: where each part lies (they follow one another in --rejects)
                w.WritePropertyName("parts");
                w.WriteStartArray();
                foreach (var part in source.Parts)
                {
                    w.WriteStartObject();
                    Prop(w, "start", part.Start);
                    Prop(w, "length", part.Length);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WritePropertyName("diagnostics");
            w.WriteStartArray();
            foreach (var d in diagnostics) Diag(w, d);
            w.WriteEndArray();
        });
    }

    /// <summary>A warning or note on a record that was written.</summary>
    public void Diagnostic(Diagnostic d) => Line(w =>
    {
        Prop(w, "type", d.Severity == Severity.Info ? "info" : "warning");
        Prop(w, "source", d.Source);
        Prop(w, "index", d.RecordIndex + 1);
        WriteDiagnosticBody(w, d);
    });

    /// <summary>The first line of a shard's report: which shard, and where its outputs and rejects are.</summary>
    public void Shard(ShardOptions shard, string? output, string? outDir, string? rejects) => Line(w =>
    {
        Prop(w, "type", "shard");
        Prop(w, "shard", shard.Number);
        Prop(w, "of", shard.Count);
        Prop(w, "output", output);
        Prop(w, "outDir", outDir);
        Prop(w, "rejects", rejects);
    });

    /// <summary>What a shard read of one input: its slice, records and line feeds (for <c>exporter merge</c>).</summary>
    public void ShardInput(Sharding.ShardedInput input) => Line(w =>
    {
        Prop(w, "type", "shard-input");
        Prop(w, "source", input.Input.Path);
        Prop(w, "format", input.Input.Format.Name);
        Prop(w, "start", input.Slice.Start);
        Prop(w, "end", input.Slice.End);
        Prop(w, "whole", input.Slice.Whole);
        Prop(w, "read", input.Read);
        Prop(w, "lineFeeds", input.LineFeeds);
        Prop(w, "prologueLines", input.PrologueLines);
    });

    /// <summary>One output of a shard: its name, format, records read (ordinals) and written, and envelope (for <c>exporter merge</c>).</summary>
    public void ShardOutput(string name, string format, ConversionSummary counts, Sharding.OutputEnvelope envelope) => Line(w =>
    {
        Prop(w, "type", "shard-output");
        Prop(w, "name", name);
        Prop(w, "format", format);
        Prop(w, "read", counts.Read);
        Prop(w, "written", counts.Written);
        Prop(w, "header", envelope.Header);
        Prop(w, "before", envelope.Before);
        Prop(w, "separator", envelope.Separator);
        Prop(w, "footer", envelope.Footer);
        Prop(w, "emptyFooter", envelope.EmptyFooter);
        Prop(w, "labels", envelope.Labels);
    });

    /// <summary>
    /// The ids a shard's linked-data outputs minted IRIs from and saw first (<see cref="Pipeline.RegisteredId"/>), with
    /// their records (index from 1 in the slice), so that <c>exporter merge</c> finds those two shards both saw first.
    /// </summary>
    public void ShardIds(IReadOnlyList<string> outputs, IReadOnlyList<RegisteredId> ids) => Line(w =>
    {
        Prop(w, "type", "shard-ids");
        w.WritePropertyName("outputs");
        w.WriteStartArray();
        foreach (var o in outputs) w.WriteValue(o);
        w.WriteEndArray();
        w.WritePropertyName("ids");
        w.WriteStartArray();
        foreach (var id in ids)
        {
            w.WriteStartObject();
            Prop(w, "scope", id.Scope);
            Prop(w, "id", id.Id);
            Prop(w, "source", id.Source);
            w.WritePropertyName("index");
            w.WriteValue(id.Index + 1);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    });

    /// <summary>The closing line; <paramref name="completed"/> is false for a run stopped, interrupted or failed.</summary>
    public void Summary(ConversionSummary s, bool completed) => Line(w =>
    {
        Prop(w, "type", "summary");
        Prop(w, "read", s.Read);
        Prop(w, "written", s.Written);
        if (s.Omitted > 0)
        {
            // only when a format left records out (bookfeed), so that other reports keep their bytes
            Prop(w, "omitted", s.Omitted);
        }

        Prop(w, "rejected", s.Rejected);
        Prop(w, "discarded", s.Discarded);
        Prop(w, "warnings", s.Warnings);
        Prop(w, "completed", completed);
    });

    private void Line(Action<JsonTextWriter> body)
    {
        using var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(sw))
        {
            w.WriteStartObject();
            body(w);
            w.WriteEndObject();
        }

        output.Write(sw.ToString());
        output.Write('\n');
    }

    private static void Position(JsonTextWriter w, Diagnostic? d, RecordSource s)
    {
        var offset = d?.ByteOffset ?? (d?.Line is null ? s.ByteOffset : null);
        var line = d?.Line ?? (d?.ByteOffset is null ? s.Line : null);
        Prop(w, "offset", offset);
        Prop(w, "line", line);
    }

    private static void Diag(JsonTextWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        WriteDiagnosticBody(w, d);
        w.WriteEndObject();
    }

    private static void WriteDiagnosticBody(JsonTextWriter w, Diagnostic d)
    {
        Prop(w, "severity", d.Severity.ToString().ToLowerInvariant());
        Prop(w, "code", d.Code);
        Prop(w, "message", d.Message);
        Prop(w, "id", d.RecordId);
        Prop(w, "offset", d.ByteOffset);
        Prop(w, "line", d.Line);
        Prop(w, "column", d.Column);
        Prop(w, "field", d.Field);
        Prop(w, "subfield", d.Subfield);
    }

    /// <summary>A string property; none when <paramref name="value"/> is null.</summary>
    private static void Prop(JsonTextWriter w, string name, string? value)
    {
        if (value is null) return;
        w.WritePropertyName(name);
        w.WriteValue(value);
    }

    /// <summary>A number property; none when <paramref name="value"/> is null.</summary>
    private static void Prop(JsonTextWriter w, string name, long? value)
    {
        if (value is not long v) return;
        w.WritePropertyName(name);
        w.WriteValue(v);
    }

    private static void Prop(JsonTextWriter w, string name, bool value)
    {
        w.WritePropertyName(name);
        w.WriteValue(value);
    }
}
