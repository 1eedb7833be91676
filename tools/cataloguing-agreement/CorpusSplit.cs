using System.Security.Cryptography;
using System.Text;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// The fixed split and deduplication (issue #13). A file belongs to the mining half when the first byte of the SHA-256
/// of its path relative to the corpus root (UTF-8, '/' separators, e.g. "marc4j/chabon.mrc") is even, else to the
/// held-out half. Records are deduplicated by 001 (with 003 when present), or without 001 by a hash of their content;
/// a record whose key occurs in any mining file is a mining record, so no held-out record was seen while mining.
/// </summary>
public static class CorpusSplit
{
    public static CorpusHalf HalfOf(string relativePath)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(relativePath.Replace('\\', '/')));
        return hash[0] % 2 == 0 ? CorpusHalf.Mining : CorpusHalf.HeldOut;
    }

    /// <summary>The dedup key: "001:[003/]value", or "sha256:..." of the leader/06-07 and every field.</summary>
    public static string Key(MarcRecord r)
    {
        if (r.ControlValue("001") is string id && id.Trim().Length > 0)
        {
            return "001:" + (r.ControlValue("003") is string org ? org.Trim() + "/" : "") + id.Trim();
        }

        var text = new StringBuilder();
        foreach (var f in r.AllFields) text.Append(f.ToString()).Append('\n');
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>The distinct records of each half: first occurrence in path order; mining keys win over held-out ones.</summary>
    public static (List<CorpusRecord> Mining, List<CorpusRecord> HeldOut, int SharedDropped) Split(IEnumerable<CorpusRecord> records)
    {
        var all = records.ToList();
        var miningKeys = all.Where(r => HalfOf(r.File) == CorpusHalf.Mining).Select(r => r.Key).ToHashSet(StringComparer.Ordinal);
        var mining = Distinct(all.Where(r => HalfOf(r.File) == CorpusHalf.Mining));
        var heldCandidates = Distinct(all.Where(r => HalfOf(r.File) == CorpusHalf.HeldOut));
        var held = heldCandidates.Where(r => !miningKeys.Contains(r.Key)).ToList();
        return (mining, held, heldCandidates.Count - held.Count);
    }

    private static List<CorpusRecord> Distinct(IEnumerable<CorpusRecord> records)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return [.. records.Where(r => seen.Add(r.Key))];
    }
}
