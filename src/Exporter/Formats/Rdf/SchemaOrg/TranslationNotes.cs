namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>The original's title in a "Translation of: ..." note (MARC 500 style), without final punctuation.</summary>
internal static class TranslationNotes
{
    private const string Lead = "Translation of";

    public static string? OriginalTitle(string note)
    {
        if (!note.StartsWith(Lead, StringComparison.OrdinalIgnoreCase)) return null;
        var rest = note[Lead.Length..].TrimStart(':', ' ').TrimEnd(' ', '.');
        return rest.Length > 0 ? rest : null;
    }
}
