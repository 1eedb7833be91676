using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>The files of ../shared/corpus/marc, split by kind, and a naive 0x1D split to reconcile counts with.</summary>
internal static class MarcCorpus
{
    public static string Root => TestEnvironment.TestData("corpus", "marc");

    public static IEnumerable<string> Iso2709Files() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".xml", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)
                        && !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<string> XmlFiles() =>
        Directory.EnumerateFiles(Root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static string Name(string path) => Path.GetRelativePath(Root, path);

    /// <summary>
    /// Segments of a naive split on 0x1D, leaving out those made only of filler (NUL, blank, CR, LF, 0x1A) and the
    /// empty ones: the number of results the reader must give.
    /// </summary>
    public static int NaiveRecordCount(byte[] bytes)
    {
        var count = 0;
        foreach (var segment in Split(bytes))
        {
            if (!segment.All(b => b is 0x00 or 0x20 or 0x0A or 0x0D or 0x1A)) count++;
        }

        return count;
    }

    /// <summary>True when some record is labelled MARC-8 (or unlabelled) and holds bytes only a MARC-8 decoder can read.</summary>
    public static bool NeedsMarc8(byte[] bytes) =>
        Split(bytes).Any(s => s.Length > 24 && s[9] != (byte)'a'
            && (s.Any(b => b >= 0x80 || b == 0x1B) || s.AsSpan().IndexOf("&#x"u8) >= 0));

    public static IEnumerable<byte[]> Split(byte[] bytes)
    {
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == 0x1D)
            {
                if (i > start) yield return bytes[start..i];
                start = i + 1;
            }
        }
    }
}
