using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Formats.Marc;

/// <summary>The read-or-reject invariant for one ISO 2709 file, in permissive mode.</summary>
internal static class CorpusChecks
{
    private static readonly Iso2709ReaderOptions Permissive = new() { Strictness = MarcStrictness.Permissive };

    /// <summary>Problems found (empty when the file passes).</summary>
    public static IEnumerable<string> ReadOrReject(string file, byte[] bytes)
    {
        var name = MarcCorpus.Name(file);
        var results = new Iso2709Reader(new MemoryStream(bytes), Permissive).ReadAll().ToList();
        var expected = MarcCorpus.NaiveRecordCount(bytes);
        if (results.Count != expected) yield return $"{name}: {results.Count} results, naive 0x1D split gives {expected}";
        foreach (var r in results)
        {
            if (r.IsRejected)
            {
                if (r.RawBytes is null || r.RawBytes.Length == 0) yield return $"{name} #{r.Index}: rejected without raw bytes";
                if (!r.Diagnostics.Any(d => d.Severity == Severity.Error)) yield return $"{name} #{r.Index}: rejected without an error";
            }
            else if (r.Diagnostics.Any(d => d.Severity == Severity.Error))
            {
                yield return $"{name} #{r.Index}: read but carries an error";
            }

            if (r.Diagnostics.Any(d => d.RecordIndex != r.Index)) yield return $"{name} #{r.Index}: diagnostic with another record index";
        }
    }
}
