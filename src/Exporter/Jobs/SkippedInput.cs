using Exporter.Diagnostics;

namespace Exporter.Jobs;

/// <summary>A file or folder inside a directory input that was not read, and why.</summary>
public sealed record SkippedInput(string Path, SkipReason Reason)
{
    /// <summary>The diagnostic code of a skipped entry (an info: shown with --verbose, kept in the report).</summary>
    public const string Code = "INPUT0001";

    /// <summary>The per-entry diagnostic: <c>info INPUT0001 dir/photo.jpg: not read: file of unknown format</c>.</summary>
    public Diagnostic ToDiagnostic() => new(Code, Severity.Info, "not read: " + Describe(Reason, 1)) { Source = Path };

    /// <summary>One line per reason, e.g. "skipped 11 files of unknown format"; none when nothing was skipped.</summary>
    public static IEnumerable<string> Summary(IReadOnlyList<SkippedInput> skipped) =>
        skipped.GroupBy(s => s.Reason).OrderBy(g => g.Key).Select(g => $"skipped {g.Count()} {Describe(g.Key, g.Count())}");

    private static string Describe(SkipReason reason, int count)
    {
        var s = count == 1 ? "" : "s";
        return reason switch
        {
            SkipReason.UnknownFormat => $"file{s} of unknown format",
            SkipReason.NotOfGivenFormat => $"file{s} not of the --from format",
            SkipReason.Hidden => $"hidden file{s} or folder{s}",
            SkipReason.FolderLink => $"symbolic link{s} to a folder (not followed)",
            _ => $"entr{(count == 1 ? "y" : "ies")}",
        };
    }
}
