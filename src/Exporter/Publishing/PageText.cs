namespace Exporter.Publishing;

/// <summary>Text the pages derive from record text.</summary>
internal static class PageText
{
    /// <summary>A description for the meta tag: at most <paramref name="max"/> characters, cut at a space, on one line.</summary>
    public static string Summary(string text, int max = 300)
    {
        var flat = string.Join(' ', text.Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (flat.Length <= max) return flat;
        var cut = flat.LastIndexOf(' ', max - 1);
        return flat[..(cut > max / 2 ? cut : max - 1)] + "\u2026";
    }
}
