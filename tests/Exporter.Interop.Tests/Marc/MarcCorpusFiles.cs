using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Marc;

/// <summary>The ISO 2709 files of ../shared/corpus/marc and their leader/09 profile.</summary>
internal static class MarcCorpusFiles
{
    public static string Root => TestEnvironment.TestData("corpus", "marc");

    public static List<string> Iso2709() =>
        [.. Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".xml", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal)
                        && !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];

    /// <summary>The MARCXML files of the corpus.</summary>
    public static List<string> Xml() =>
        [.. Directory.EnumerateFiles(Root, "*.xml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)];

    public static string Name(string path) => Path.GetRelativePath(Root, path);

    /// <summary>How the records of a file are labelled and whether a MARC-8 converter is needed to read them.</summary>
    public enum Profile
    {
        /// <summary>Every record is UTF-8 or plain ASCII: no converter needed.</summary>
        NoConversion,

        /// <summary>Every record is labelled MARC-8 (blank) and some hold non-ASCII bytes, escapes or NCRs.</summary>
        Marc8,

        /// <summary>Some records UTF-8 and some MARC-8 with non-ASCII content: one yaz run cannot convert both.</summary>
        Mixed,
    }

    /// <summary>The records of a file (each with its 0x1D), split on 0x1D; pieces shorter than a leader are left out.</summary>
    public static List<byte[]> Segments(byte[] bytes)
    {
        var list = new List<byte[]>();
        var start = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != 0x1D) continue;
            if (i + 1 - start > 24) list.Add(bytes[start..(i + 1)]);
            start = i + 1;
        }

        return list;
    }

    public static Profile Classify(byte[] bytes)
    {
        bool marc8 = false, utf8 = false;
        var start = 0;
        for (var i = 0; i <= bytes.Length; i++)
        {
            if (i < bytes.Length && bytes[i] != 0x1D) continue;
            var s = bytes.AsSpan(start, i - start);
            start = i + 1;
            if (s.Length <= 24) continue;
            if (s[9] == (byte)'a') utf8 |= s.ContainsAnyInRange((byte)0x80, (byte)0xFF);
            else marc8 |= s.ContainsAnyInRange((byte)0x80, (byte)0xFF) || s.IndexOf((byte)0x1B) >= 0 || s.IndexOf("&#x"u8) >= 0;
        }

        return marc8 ? (utf8 ? Profile.Mixed : Profile.Marc8) : Profile.NoConversion;
    }
}
