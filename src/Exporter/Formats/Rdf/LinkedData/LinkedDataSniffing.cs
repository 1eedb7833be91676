namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>Content sniffing shared by the linked-data formats.</summary>
internal static class LinkedDataSniffing
{
    /// <summary>The head as text, without BOM, leading whitespace and leading comment lines.</summary>
    public static string Text(ReadOnlySpan<byte> head)
    {
        var text = System.Text.Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        while (text.StartsWith('#'))
        {
            var end = text.IndexOf('\n', StringComparison.Ordinal);
            text = end < 0 ? "" : text[(end + 1)..].TrimStart(' ', '\t', '\r', '\n');
        }

        return text;
    }

    /// <summary>True when the text starts like an N-Triples line: <c>&lt;iri&gt; &lt;iri&gt;</c> or <c>_:b &lt;iri&gt;</c>.</summary>
    public static bool LooksLikeTriples(string text)
    {
        if (text.StartsWith('<'))
        {
            var end = text.IndexOf('>', StringComparison.Ordinal);
            return end > 1 && text.AsSpan(1, end).Contains(':') && text.AsSpan(end + 1).TrimStart(" \t").StartsWith("<", StringComparison.Ordinal);
        }

        if (!text.StartsWith("_:", StringComparison.Ordinal)) return false;
        var space = text.IndexOfAny([' ', '\t']);
        return space > 2 && text.AsSpan(space).TrimStart(" \t").StartsWith("<", StringComparison.Ordinal);
    }
}
