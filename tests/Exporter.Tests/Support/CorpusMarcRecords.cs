using Exporter.Formats.Marc;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Support;

/// <summary>The records of every ISO 2709 file of the test corpus (tests/data/corpus/marc), read permissively, files in name order.</summary>
public static class CorpusMarcRecords
{
    public static IEnumerable<MarcRecord> Iso2709()
    {
        foreach (var file in Directory.GetFiles(TestEnvironment.TestData("corpus", "marc"), "*.mrc", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            using var stream = File.OpenRead(file);
            var reader = new Iso2709Reader(stream, new Iso2709ReaderOptions { Strictness = MarcStrictness.Permissive });
            foreach (var record in reader.ReadAll().Select(r => r.Record).OfType<MarcRecord>()) yield return record;
        }
    }
}
