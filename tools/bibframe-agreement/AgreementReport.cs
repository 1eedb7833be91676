using System.Globalization;
using System.Text;

namespace Exporter.Tools.BibframeAgreement;

/// <summary>The published table of a measure (docs/mappings/bibframe.md, between the agreement markers).</summary>
public static class AgreementReport
{
    public const string Start = "<!-- agreement:start (written by tools/bibframe-agreement) -->";
    public const string End = "<!-- agreement:end -->";

    public static string Table(AgreementResult r)
    {
        var sb = new StringBuilder();
        sb.Append(Start).Append('\n');
        sb.Append(Inv($"{r.Files} files converted by both, {r.Matched} records matched by bf:Local ({r.MatchedByPlace} of them with a 001 repeated in their file, by their place among its records with that 001)")).Append(r.FilesLocFailed.Count > 0 ? Inv($"; marc2bibframe2 failed on {r.FilesLocFailed.Count} files ({string.Join(", ", r.FilesLocFailed.Select(f => "`" + f + "`"))}), which are left out") : "")
            .Append(Inv($"; records only marc2bibframe2 has: {r.LocOnlyRecords}, only ours: {r.OursOnlyRecords}; without 001 (not matched): {r.Unkeyed}; with a 001 repeated in their file but not as often on both sides (not matched): {r.Ambiguous}.\n\n"));
        sb.Append("| class | fact checks | agree | marc2bibframe2 only | ours only | agreement | deliberate (not counted) |\n|---|---:|---:|---:|---:|---:|---:|\n");
        foreach (var cls in FactClass.All)
        {
            var t = r.Classes[cls];
            sb.Append(Inv($"| {cls} | {t.Checks} | {t.Agree} | {t.LocOnly} | {t.OursOnly} | {t.Percent:0.0}% | {t.Deliberate} |\n"));
        }

        sb.Append(Inv($"| **all** | **{r.Checks}** | **{r.Agree}** | {r.Classes.Values.Sum(c => c.LocOnly)} | {r.Classes.Values.Sum(c => c.OursOnly)} | **{r.Percent:0.0}%** | {r.Classes.Values.Sum(c => c.Deliberate)} |\n"));
        sb.Append(End);
        return sb.ToString();
    }

    public static string Summary(AgreementResult r) => Inv($"{r.Matched} records, {r.Checks} fact checks, {r.Percent:0.0}% agree");

    /// <summary>The document with the text between the markers replaced by <paramref name="table"/>.</summary>
    public static string Splice(string document, string table)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        if (start < 0 || end < start) throw new InvalidOperationException("docs/mappings/bibframe.md has no agreement markers");
        return document[..start] + table + document[(end + End.Length)..];
    }

    /// <summary>The table as published in <paramref name="document"/>, or null.</summary>
    public static string? Published(string document)
    {
        var start = document.IndexOf(Start, StringComparison.Ordinal);
        var end = document.IndexOf(End, StringComparison.Ordinal);
        return start < 0 || end < start ? null : document[start..(end + End.Length)];
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
