using Exporter.Diagnostics;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Jobs.Sharding;

/// <summary>One shard's report as <c>exporter merge</c> reads it: its shard line, the lines about its inputs and
/// outputs, its summary, and its other lines in order.</summary>
internal sealed class ShardReport
{
    private ShardReport(string path, JObject shard, List<JObject> lines)
    {
        Path = path;
        Number = (int)shard["shard"]!;
        Count = (int)shard["of"]!;
        Output = (string?)shard["output"];
        OutputDirectory = (string?)shard["outDir"];
        Rejects = (string?)shard["rejects"];
        Lines = [.. lines.Where(l => !IsShardLine(l))];
        Inputs = [.. lines.Where(l => Type(l) == "shard-input")];
        Outputs = [.. lines.Where(l => Type(l) == "shard-output")];
        Ids = [.. lines.Where(l => Type(l) == "shard-ids")];
        Summary = lines.LastOrDefault(l => Type(l) == "summary");
    }

    /// <summary>The report's path.</summary>
    public string Path { get; }

    /// <summary>K.</summary>
    public int Number { get; }

    /// <summary>N.</summary>
    public int Count { get; }

    /// <summary>The shard's <c>-o</c>, if any.</summary>
    public string? Output { get; }

    /// <summary>The shard's <c>--out-dir</c>, if any.</summary>
    public string? OutputDirectory { get; }

    /// <summary>The shard's <c>--rejects</c>, if any.</summary>
    public string? Rejects { get; }

    /// <summary>Report lines of records and inputs (rejected, warning, info), without the shard's own and the summary.</summary>
    public IReadOnlyList<JObject> Lines { get; }

    /// <summary>The shard-input lines.</summary>
    public IReadOnlyList<JObject> Inputs { get; }

    /// <summary>The shard-output lines.</summary>
    public IReadOnlyList<JObject> Outputs { get; }

    /// <summary>The shard-ids lines: per group of outputs, the ids its linked-data outputs saw first.</summary>
    public IReadOnlyList<JObject> Ids { get; }

    /// <summary>The summary line, or null when the report has none.</summary>
    public JObject? Summary { get; }

    /// <summary>Reads a shard's report; throws <see cref="ExporterException"/> (MERGE0001) when it is not one.</summary>
    public static ShardReport Read(string path)
    {
        var lines = new List<JObject>();
        if (!File.Exists(path)) throw Merge.Error("MERGE0006", $"{path}: no such report");
        foreach (var (text, number) in File.ReadLines(path).Select((t, i) => (t, i + 1)))
        {
            if (text.Length == 0) continue;
            try
            {
                lines.Add(JObject.Parse(text, new JsonLoadSettings { LineInfoHandling = LineInfoHandling.Ignore }));
            }
            catch (JsonException)
            {
                throw Merge.Error("MERGE0001", $"{path} line {number} is not JSON: not a report of exporter convert --shard");
            }
        }

        var shard = lines.FirstOrDefault(l => Type(l) == "shard")
            ?? throw Merge.Error("MERGE0001", $"{path} is not the report of a sharded run (no \"shard\" line): give the --report of each exporter convert --shard K/N");
        return new ShardReport(path, shard, lines);
    }

    /// <summary>A file the shard names, found as given or else beside its report.</summary>
    public string Locate(string file)
    {
        if (File.Exists(file) || System.IO.Path.IsPathRooted(file)) return file;
        var beside = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!, file);
        return File.Exists(beside) ? beside : file;
    }

    private static string? Type(JObject line) => (string?)line["type"];

    private static bool IsShardLine(JObject line) =>
        Type(line) is "shard" or "shard-input" or "shard-output" or "shard-ids" or "summary"
        || (Type(line) == "info" && (string?)line["code"] == ShardPlan.WholeCode);
}
