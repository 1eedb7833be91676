using Exporter.Diagnostics;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// The checks of <see cref="LibraryFeedOptions"/> before anything is written: the properties Google's Library feed
/// requires (docs/mappings/bookfeed.md), each refused with its CLI code.
/// </summary>
internal static class LibraryFeedRules
{
    /// <summary>Throws <see cref="ExporterException"/> when the feed cannot be written from <paramref name="options"/>.</summary>
    public static void Check(LibraryFeedOptions options)
    {
        // LibrarySystem name (required)
        if (string.IsNullOrWhiteSpace(options.LibraryName)) throw Refused(BookFeedDiagnosticCodes.InvalidLibraryName, "the library feed needs --library-name, a name that is not blank");

        // LibrarySystem @id and url (required)
        if (!BookFeedFormatOptions.IsHttpUrl(options.LibraryUrl ?? ""))
            throw Refused(BookFeedDiagnosticCodes.InvalidLibraryUrl, $"the library feed needs --library-url, an absolute http or https URL, not '{options.LibraryUrl}'");

        // LibrarySystem additionalProperty librarytype (required)
        if (options.LibraryType is null || !LibraryTypes.All.Contains(options.LibraryType))
            throw Refused(BookFeedDiagnosticCodes.InvalidLibraryType, $"--library-type must be one of {string.Join(", ", LibraryTypes.All)}, not '{options.LibraryType}'");

        // LibrarySystem member (required): at least one Library, each with @id, name and location
        if (options.Branches.Count == 0) throw Refused(BookFeedDiagnosticCodes.InvalidBranches, "the library feed needs at least one branch (--branches): a library system has at least one member Library");
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Branches.Count; i++)
        {
            var branch = options.Branches[i];
            if (LibraryBranchCheck.Problem(branch) is { } problem) throw Refused(BookFeedDiagnosticCodes.InvalidBranches, $"branch {i + 1}: {problem}");
            if (!seen.Add(branch.Id)) throw Refused(BookFeedDiagnosticCodes.InvalidBranches, $"branch {i + 1}: @id {branch.Id} is another branch's @id too");
        }
    }

    private static ExporterException Refused(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
