using System.Text;

namespace Exporter.Formats.DublinCore;

/// <summary>Content detection shared by the <c>dc</c> and <c>dcterms</c> formats.</summary>
internal static class DcFormatSniffer
{
    /// <summary>80 when the head holds an oai_dc or qualifieddc record (the named flavour's marker first), 0 otherwise.</summary>
    public static int Score(ReadOnlySpan<byte> head, string marker)
    {
        var text = Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        if (!text.StartsWith('<') || !text.Contains(DcNamespaces.Elements, StringComparison.Ordinal) && !text.Contains(DcNamespaces.Terms, StringComparison.Ordinal)) return 0;
        return text.Contains(marker, StringComparison.Ordinal) ? 80 : 40;
    }
}
