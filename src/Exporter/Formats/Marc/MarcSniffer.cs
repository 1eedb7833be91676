using System.Text;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Formats.Marc;

/// <summary>Content sniffing for the three MARC formats (scores 0-100, see <see cref="Pipeline.IRecordFormat.Sniff"/>).</summary>
internal static class MarcSniffer
{
    /// <summary>An ISO 2709 leader: record length, indicator and subfield-code counts 2, base address, "4500" entry map.</summary>
    public static int Iso2709(ReadOnlySpan<byte> head)
    {
        if (head.Length < 24 || !AllDigits(head[..5])) return 0;
        var entryMap = head.Slice(20, 4).SequenceEqual("4500"u8);
        if (entryMap && head[10] == (byte)'2' && head[11] == (byte)'2' && AllDigits(head.Slice(12, 5))) return 95;
        return entryMap ? 70 : 0;
    }

    /// <summary>MARCXML: the MARC 21 slim namespace, or a <c>record</c>/<c>collection</c> with a <c>leader</c>.</summary>
    public static int MarcXml(ReadOnlySpan<byte> head)
    {
        var text = Text(head);
        if (!text.StartsWith('<')) return 0;
        if (text.Contains(MarcXmlNames.Namespace, StringComparison.Ordinal)) return 90;
        var leader = text.Contains("<leader>", StringComparison.Ordinal) || text.Contains(":leader>", StringComparison.Ordinal);
        var record = text.Contains("<record", StringComparison.Ordinal) || text.Contains("<collection", StringComparison.Ordinal)
            || text.Contains(":record", StringComparison.Ordinal) || text.Contains(":collection", StringComparison.Ordinal);
        return leader && record ? 60 : 0;
    }

    /// <summary>MarcEdit text: a first line <c>=LDR</c>.</summary>
    public static int Mrk(ReadOnlySpan<byte> head)
    {
        var text = Text(head);
        if (text.StartsWith("=LDR ", StringComparison.Ordinal)) return 95;
        return text.StartsWith('=') && text.Contains("\n=LDR ", StringComparison.Ordinal) ? 50 : 0;
    }

    private static bool AllDigits(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            if (b is < (byte)'0' or > (byte)'9') return false;
        }

        return true;
    }

    private static string Text(ReadOnlySpan<byte> head) =>
        Encoding.UTF8.GetString(head).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
}
