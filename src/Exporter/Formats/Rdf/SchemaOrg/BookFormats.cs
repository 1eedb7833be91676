namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// schema.org <c>BookFormatType</c> members from the words of ISBN qualifiers ("(pbk.)" -> Paperback, "hardcover"
/// -> Hardcover, "ebook"/"PDF"/"EPUB" -> EBook, "audiobook" -> AudiobookFormat); a qualifier without such a word
/// names no format ("alk. paper" is about the paper, not the binding).
/// </summary>
internal static class BookFormats
{
    private static readonly (string Word, string Format)[] Words =
    [
        ("hardcover", "Hardcover"), ("hardback", "Hardcover"), ("hbk", "Hardcover"), ("cloth", "Hardcover"),
        ("paperback", "Paperback"), ("pbk", "Paperback"), ("softcover", "Paperback"),
        ("ebook", "EBook"), ("e-book", "EBook"), ("electronic", "EBook"), ("online", "EBook"), ("pdf", "EBook"), ("epub", "EBook"), ("kindle", "EBook"),
        ("audiobook", "AudiobookFormat"), ("audio", "AudiobookFormat"),
        ("graphic novel", "GraphicNovel"),
    ];

    /// <summary>The BookFormatType member's local name for a qualifier, or null.</summary>
    public static string? For(string? qualifier)
    {
        if (string.IsNullOrWhiteSpace(qualifier)) return null;
        var q = qualifier.ToLowerInvariant();
        foreach (var (word, format) in Words)
        {
            var at = q.IndexOf(word, StringComparison.Ordinal);
            while (at >= 0)
            {
                var end = at + word.Length;
                if ((at == 0 || !char.IsLetter(q[at - 1])) && (end == q.Length || !char.IsLetter(q[end]))) return format;
                at = q.IndexOf(word, end, StringComparison.Ordinal);
            }
        }

        return null;
    }
}
