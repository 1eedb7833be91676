using System.Text;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// A comparable text view of records: one line per field (tag, indicators, subfields), values in NFC, leader
/// without lengths (00-04, 12-16) and without 09, so tools can be compared field by field, subfield by subfield.
/// </summary>
internal static class MarcXmlView
{
    /// <summary>Put before each subfield code in a view line (U+241F, the symbol for the unit separator).</summary>
    public const char Separator = '\u241F';

    public static List<string> Of(MarcRecord record)
    {
        var leader = record.Leader.Value;
        List<string> lines = ["LDR " + leader[5..9] + leader[10..12] + leader[17..]];
        foreach (var f in record.AllFields)
        {
            var sb = new StringBuilder(f.Tag);
            if (f is ControlField c)
            {
                sb.Append(' ').Append(c.Value);
            }
            else if (f is DataField d)
            {
                sb.Append(' ').Append(d.Indicator1).Append(d.Indicator2);
                foreach (var s in d.Subfields) sb.Append(Separator).Append(s.Code).Append(s.Value);
            }

            lines.Add(sb.ToString());
        }

        return lines;
    }

    /// <summary>Parses peer MARCXML (permissive, so peers' odd output still compares) into views; null entries for rejects.</summary>
    public static List<List<string>?> OfXml(byte[] xml)
    {
        using var reader = new MarcXmlReader(new MemoryStream(xml), new MarcXmlReaderOptions { Strictness = MarcStrictness.Permissive, Normalization = UnicodeNormalization.None });
        return [.. reader.ReadAll().Select(r => r.Record is null ? null : Of(r.Record))];
    }

    /// <summary>
    /// The views with 001 first, then the other control fields, then data fields (order otherwise kept): MARC4J's
    /// record model holds the control number and the two kinds of field apart and writes them in that order.
    /// </summary>
    private static List<List<string>?> ControlFieldsFirst(IEnumerable<List<string>?> views) =>
        [.. views.Select(v => v is null ? null : v.Take(1).Concat(v.Skip(1).OrderBy(l => l.StartsWith("001 ", StringComparison.Ordinal) ? 0 : MarcField.IsControlTag(l[..3]) ? 1 : 2)).ToList())];

    /// <summary>
    /// The views as MARC4J's model would hold them: control fields first (it keeps the two kinds apart), no empty
    /// subfields (its reader drops them), subfield codes in lower case (its reader folds them), no leader/20-23 (it
    /// writes 4500). Used on both sides of every comparison with MARC4J.
    /// </summary>
    public static List<List<string>?> AsMarc4jSees(IEnumerable<List<string>?> views) =>
        [.. ControlFieldsFirst(views).Select(v => v?.Select((line, i) => i == 0 ? line[..^4] : Marc4jSubfields(line)).ToList())];

    private static string Marc4jSubfields(string line)
    {
        var sb = new StringBuilder(line.Length);
        var parts = line.Split(Separator);
        sb.Append(parts[0]);
        foreach (var p in parts.Skip(1))
        {
            if (p.Length > 1) sb.Append(Separator).Append(char.ToLowerInvariant(p[0])).Append(p.AsSpan(1));
        }

        return sb.ToString();
    }

    /// <summary>The first difference between two lists of views compared in NFC, or null when equal.</summary>
    public static string? Diff(IReadOnlyList<List<string>?> a, IReadOnlyList<List<string>?> b, string aName, string bName)
    {
        var raw = RawDiff(a, b, aName, bName);
        return raw is null ? null : RawDiff(Nfc(a), Nfc(b), aName, bName);
    }

    private static string? RawDiff(IReadOnlyList<List<string>?> a, IReadOnlyList<List<string>?> b, string aName, string bName)
    {
        if (a.Count != b.Count) return $"{aName} has {a.Count} records, {bName} {b.Count}";
        for (var i = 0; i < a.Count; i++)
        {
            if (a[i] is null || b[i] is null)
            {
                if (a[i] is null != b[i] is null) return $"record {i}: {(a[i] is null ? aName : bName)} rejected it";
                continue;
            }

            var x = a[i]!;
            var y = b[i]!;
            for (var k = 0; k < Math.Max(x.Count, y.Count); k++)
            {
                var l = k < x.Count ? x[k] : "(none)";
                var r = k < y.Count ? y[k] : "(none)";
                if (l != r) return $"record {i} line {k}: {aName} '{Cut(l)}' vs {bName} '{Cut(r)}'";
            }
        }

        return null;
    }

    /// <summary>
    /// The views in NFC. string.Normalize is a no-op when the runtime is culture-invariant (InvariantGlobalization),
    /// so then Python's unicodedata does it, in one call for all lines.
    /// </summary>
    private static List<List<string>?> Nfc(IReadOnlyList<List<string>?> views)
    {
        if ("e\u0301".Normalize() == "\u00E9") return [.. views.Select(v => v?.Select(l => l.Normalize()).ToList())];
        var lines = views.Where(v => v is not null).SelectMany(v => v!).ToList();
        const string script = "import sys,unicodedata;d=sys.stdin.buffer.read().decode('utf-8','replace');sys.stdout.buffer.write(unicodedata.normalize('NFC',d).encode('utf-8'))";
        var r = Exporter.Interop.Tests.Support.PeerTool.Run("/usr/bin/python3", ["-c", script], Encoding.UTF8.GetBytes(string.Join('\u0000', lines)));
        var normalised = new Queue<string>(r.StdOut.Split('\u0000'));
        if (normalised.Count != Math.Max(1, lines.Count)) throw new InvalidOperationException("python NFC failed: " + r.StdErr);
        return [.. views.Select(v => v?.Select(_ => normalised.Dequeue()).ToList())];
    }

    private static string Cut(string s) => s.Length > 120 ? s[..120] + "…" : s;
}
