namespace Exporter.Formats.BookFeed;

/// <summary>
/// The BorrowAction's target URL (--borrow-url-template), e.g. <c>https://opac.example.org/record/{id}</c>. Placeholders:
/// <c>{id}</c>, the record's id (its catalog number, else the hash id schema.org IRIs use), and <c>{isbn}</c>, the
/// edition's ISBN-13; each value is percent-encoded. Any other <c>{...}</c> is refused, and the template must make an
/// absolute http or https URL. Without a template the target is the record's page (its <c>url</c>).
/// </summary>
internal static class BorrowUrlTemplate
{
    /// <summary>The placeholders a template may use.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["{id}", "{isbn}"];

    /// <summary>What a template must be, for the message refusing another.</summary>
    public const string Expected = "an absolute http(s) URL whose only placeholders are {id} (the record's id) and {isbn} (the edition's ISBN-13)";

    /// <summary>True when <paramref name="template"/> is an absolute http(s) URL once its placeholders are filled, with no other braces.</summary>
    public static bool IsValid(string template)
    {
        if (string.IsNullOrWhiteSpace(template)) return false;
        var filled = Fill(template, "0", "9780000000002");
        return !filled.Contains('{', StringComparison.Ordinal) && !filled.Contains('}', StringComparison.Ordinal)
            && Uri.TryCreate(filled, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && !string.IsNullOrEmpty(uri.Host);
    }

    /// <summary>The template with <c>{id}</c> and <c>{isbn}</c> replaced by their percent-encoded values.</summary>
    public static string Fill(string template, string id, string isbn) =>
        template.Replace("{id}", Uri.EscapeDataString(id), StringComparison.Ordinal).Replace("{isbn}", Uri.EscapeDataString(isbn), StringComparison.Ordinal);
}
