using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Formats.Json;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Marc;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Json;

/// <summary>The JSON Lines fast path gives the UTF-8 of the Newtonsoft serializer, record by record.</summary>
public class RecordJsonUtf8WriterTests
{
    private static readonly UTF8Encoding Utf8 = new(false, false);

    private static void AssertSameAsSerializer(CatalogRecord record, JsonUtf8Writer writer, string where)
    {
        writer.Clear();
        RecordJsonUtf8Writer.Write(record, writer);
        var expected = Utf8.GetBytes(RecordJsonSerializer.Serialize(record));
        if (!writer.Written.SequenceEqual(expected))
        {
            Assert.Fail($"{where}: fast path\n{Utf8.GetString(writer.Written)}\nserializer\n{Utf8.GetString(expected)}");
        }
    }

    [Fact]
    public void Every_marc_corpus_record_is_written_as_the_serializer_writes_it()
    {
        var registry = FormatRegistry.CreateDefault();
        var writer = new JsonUtf8Writer();
        var records = 0;
        foreach (var file in MarcCorpus.Iso2709Files().Concat(MarcCorpus.XmlFiles()))
        {
            var bytes = File.ReadAllBytes(file);
            var format = registry.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 8192)));
            if (format is null || format.Name is not ("marc21" or "marcxml")) continue;
            IReadOnlyList<ReadResult> results;
            try
            {
                using var reader = format.CreateReader(new MemoryStream(bytes), new ReadOptions { Strictness = Strictness.Permissive });
                results = [.. reader.ReadResults().Where(r => !r.IsRejected)];
            }
            catch (ExporterException)
            {
                continue;
            }

            foreach (var result in results)
            {
                CatalogRecord record;
                try
                {
                    record = result.GetCatalog(NullDiagnostics.Instance);
                }
                catch (ExporterException)
                {
                    continue;
                }

                AssertSameAsSerializer(record, writer, $"{MarcCorpus.Name(file)} #{records}");
                records++;
            }
        }

        Assert.True(records > 1000, $"only {records} records");
    }

    [Fact]
    public void Generated_hostile_records_are_written_as_the_serializer_writes_them()
    {
        var writer = new JsonUtf8Writer();
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Hostile), r => AssertSameAsSerializer(r, writer, "generated"), tests: 500);
    }

    [Fact]
    public void The_example_records_and_defaults_are_written_as_the_serializer_writes_them()
    {
        var writer = new JsonUtf8Writer();
        foreach (var r in RecordFactory.Examples()) AssertSameAsSerializer(r, writer, r.Title);
        AssertSameAsSerializer(new CatalogRecord(), writer, "empty");
        AssertSameAsSerializer(new CatalogRecord
        {
            Title = "T",
            Contributors = [new Contributor("N", default), new Contributor("M", ["aut", "ill"], AgentKind.Organization)],
            Contents = [new ContentsSection("H", default), new ContentsSection(null, [])],
            Reviews = [new Review(default), new Review([], "R")],
            Extent = new Extent(null),
            YearPublished = -12,
            LastModified = new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero),
        }, writer, "defaults");
    }
}
