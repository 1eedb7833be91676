using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// Every MARC 21 bibliographic record of tests/data/corpus/marc, read permissively with the library's readers
/// (ISO 2709: leader/09 decides UTF-8 or MARC-8; MARCXML), in path order. Left out: the files MANIFEST.md names as
/// UNIMARC (not MARC 21), records the readers reject, and records whose leader/06 is not a bibliographic type.
/// </summary>
public static class CorpusReader
{
    /// <summary>
    /// UNIMARC files (MANIFEST.md: "NOT MARC21"): their 1XX/2XX/6XX mean other things. And pymarc/1251.dat (MANIFEST.md:
    /// "NOT MARC-8/UTF-8: Cyrillic in Windows-1251", one of the "non-MARC21 files"): MARC 21 text is MARC-8 or Unicode
    /// (leader/09), so its text reads as mojibake that no page can be held to.
    /// </summary>
    public static readonly string[] NotMarc21 = ["pymarc/testunimarc.dat", "ruby-marc/cp866_unimarc.marc", "ruby-marc/cp866_multirecord.marc", "pymarc/1251.dat"];

    private const string BibliographicTypes = "acdefgijkmoprt";

    public static IEnumerable<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.EndsWith(".md", StringComparison.Ordinal) && !Path.GetFileName(f).StartsWith("LICENSE", StringComparison.Ordinal)
                        && !NotMarc21.Contains(f))
            .Order(StringComparer.Ordinal);

    public static IEnumerable<CorpusRecord> Read(string root)
    {
        foreach (var file in Files(root))
        {
            foreach (var (index, record) in ReadFile(Path.Combine(root, file)))
            {
                if (record.Leader.Value.Length < 24 || !BibliographicTypes.Contains(record.Leader.TypeOfRecord)) continue;
                yield return new CorpusRecord(file, index, record, CorpusSplit.Key(record));
            }
        }
    }

    private static List<(long, MarcRecord)> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        IEnumerable<MarcReadResult> results;
        try
        {
            if (path.EndsWith(".xml", StringComparison.Ordinal))
            {
                using var xml = new MarcXmlReader(stream, new MarcXmlReaderOptions { Strictness = MarcStrictness.Permissive });
                return Keep(xml.ReadAll());
            }

            results = new Iso2709Reader(stream, new Iso2709ReaderOptions { Strictness = MarcStrictness.Permissive }).ReadAll();
            return Keep(results);
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidDataException or Exporter.Diagnostics.ExporterException)
        {
            return []; // a file the readers cannot open at all (not MARCXML): nothing to compare
        }
    }

    private static List<(long, MarcRecord)> Keep(IEnumerable<MarcReadResult> results)
    {
        var list = new List<(long, MarcRecord)>();
        try
        {
            foreach (var r in results)
            {
                if (r.Record is not null) list.Add((r.Index, r.Record));
            }
        }
        catch (Exception e) when (e is System.Xml.XmlException or Exporter.Diagnostics.ExporterException)
        {
            // the rest of a file that is not well-formed XML: the records before the fault are kept
        }

        return list;
    }
}
