using Exporter.Diagnostics;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// Reads the branches of a library system from a tab-separated table (<c>--branches FILE</c>): a header line naming
/// the columns by their schema.org property (<c>@id</c> and <c>name</c> required; <c>streetAddress</c>,
/// <c>addressLocality</c>, <c>addressRegion</c>, <c>postalCode</c>, <c>addressCountry</c> as apply, in any order), then
/// one line per branch. Values are trimmed, an empty cell is an absent value, blank lines are skipped; there is no
/// quoting (a value holds no tab). A bad table is refused with CLI0166 naming the line and the column.
/// </summary>
internal static class LibraryBranchTable
{
    /// <summary>The columns a table may have, in the order the feed writes their values.</summary>
    public static readonly IReadOnlyList<string> Columns = ["@id", "name", "streetAddress", "addressLocality", "addressRegion", "postalCode", "addressCountry"];

    /// <summary>The branches of the table read from <paramref name="reader"/>; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<LibraryBranch> Read(TextReader reader, string source)
    {
        var header = reader.ReadLine();
        if (header is null) throw Bad(source, 1, "it is empty: the first line names the columns (" + string.Join(", ", Columns) + "), tab-separated");
        var names = header.TrimStart('\uFEFF').Split('\t').Select(n => n.Trim()).ToList();
        for (var i = 0; i < names.Count; i++)
        {
            if (!Columns.Contains(names[i])) throw Bad(source, 1, $"column {i + 1} '{names[i]}' is not one of {string.Join(", ", Columns)}");
            if (names.IndexOf(names[i]) != i) throw Bad(source, 1, $"column '{names[i]}' is named twice");
        }

        foreach (var required in Columns.Take(2))
        {
            if (!names.Contains(required)) throw Bad(source, 1, $"the header has no '{required}' column (required)");
        }

        var branches = new List<LibraryBranch>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        var number = 1;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var cells = line.Split('\t');
            if (cells.Length != names.Count) throw Bad(source, number, $"{cells.Length} tab-separated values where the header names {names.Count} columns");
            string? Cell(string column) => names.IndexOf(column) is var i and >= 0 && cells[i].Trim() is { Length: > 0 } v ? v : null;
            var branch = new LibraryBranch(Cell("@id") ?? "", Cell("name") ?? "")
            {
                StreetAddress = Cell("streetAddress"),
                AddressLocality = Cell("addressLocality"),
                AddressRegion = Cell("addressRegion"),
                PostalCode = Cell("postalCode"),
                AddressCountry = Cell("addressCountry"),
            };
            if (LibraryBranchCheck.Problem(branch) is { } problem) throw Bad(source, number, problem);
            if (lines.TryGetValue(branch.Id, out var first)) throw Bad(source, number, $"@id {branch.Id} is the @id of line {first} too (each branch has its own)");
            lines[branch.Id] = number;
            branches.Add(branch);
        }

        if (branches.Count == 0) throw Bad(source, number, "it lists no branch: a library system needs at least one member Library");
        return branches;
    }

    private static ExporterException Bad(string source, int line, string message) =>
        new(new Diagnostic(BookFeedDiagnosticCodes.InvalidBranches, Severity.Error, $"branches table {source}, line {line}: {message}"));
}
