using System.Globalization;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Marc;
using Exporter.Tests.Support;
using Xunit.Abstractions;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>
/// MARC -> BIBFRAME -> hub against MARC -> hub over the whole MARC corpus (docs/mappings/bibframe.md, "Reading
/// BIBFRAME", corpus table): per hub field, the share of records where both give the same value. The floors are the
/// measured shares rounded down; a change that loses more fails here.
/// </summary>
public class BibframeCorpusRoundTripTests(ITestOutputHelper output)
{
    private static readonly WriteOptions Write = new() { Clock = new FixedClock(new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)) };

    /// <summary>Field, its comparison key, and the floor (percent of records agreeing).</summary>
    private static readonly (string Field, Func<CatalogRecord, string> Key, double Floor)[] Fields =
    [
        ("title", r => Fold(r.Title), 93),
        ("subtitle", r => Fold(r.Subtitle), 97),
        ("contributor names", r => string.Join("|", r.Contributors.Select(c => Fold(c.Name))), 87),
        ("contributor roles", r => string.Join("|", r.Contributors.Select(c => string.Join(",", c.Roles))), 51),
        ("publisher", r => Fold(r.Publisher), 95),
        ("place", r => Fold(r.Place), 95),
        ("year published", r => r.YearPublished?.ToString(CultureInfo.InvariantCulture) ?? "", 99),
        ("edition", r => Fold(r.Edition), 98),
        ("extent", r => Fold(r.Extent?.Display), 88),
        ("resource type", r => r.ResourceType.ToString(), 93),
        ("identifiers", r => string.Join("|", r.Identifiers.Where(i => i.Type != IdentifierType.Url).Select(i => i.Type + ":" + Fold(i.Value)).Order(StringComparer.Ordinal)), 78),
        ("languages", r => string.Join("|", r.Languages.Order(StringComparer.Ordinal)), 99),
        ("subjects", r => string.Join("|", r.Subjects.Select(s => s.Kind + ":" + Fold(s.Heading)).Order(StringComparer.Ordinal)), 57),
        ("series", r => string.Join("|", r.Series.Select(s => Fold(s.Title))), 98),
        ("notes", r => string.Join("|", r.Notes.Select(Fold)), 72),
        ("summary", r => Fold(r.Description), 99),
    ];

    [Fact]
    public void Marc_through_bibframe_gives_the_hub_record_marc_gives_within_the_measured_floors()
    {
        var registry = FormatRegistry.CreateDefault();
        var agree = new int[Fields.Length];
        var records = 0;
        foreach (var file in MarcCorpus.Iso2709Files().Concat(MarcCorpus.XmlFiles()))
        {
            var bytes = File.ReadAllBytes(file);
            var format = registry.Sniff(bytes.AsSpan(0, Math.Min(bytes.Length, 8192)));
            if (format is null || format.Name is not ("marc21" or "marcxml")) continue;
            using var reader = format.CreateReader(new MemoryStream(bytes), new ReadOptions { Strictness = Strictness.Permissive });
            IReadOnlyList<ReadResult> results;
            try
            {
                results = [.. reader.ReadResults().Where(r => !r.IsRejected)];
            }
            catch (ExporterException)
            {
                continue;
            }

            foreach (var result in results)
            {
                CatalogRecord direct, back;
                try
                {
                    direct = result.GetCatalog(NullDiagnostics.Instance);
                    back = BibframeVocabulary.Instance.ToCatalog(BibframeVocabulary.Instance.ToGraph(result, Write, NullDiagnostics.Instance), NullDiagnostics.Instance);
                }
                catch (ExporterException)
                {
                    continue;
                }

                records++;
                for (var i = 0; i < Fields.Length; i++)
                {
                    if (Fields[i].Key(direct) == Fields[i].Key(back)) agree[i]++;
                }
            }
        }

        var table = new StringBuilder($"{records} records\n");
        for (var i = 0; i < Fields.Length; i++)
            table.Append(CultureInfo.InvariantCulture, $"| {Fields[i].Field} | {agree[i]} | {100.0 * agree[i] / records:0.0}% |\n");
        output.WriteLine(table.ToString());
        Assert.True(records > 1000, $"only {records} records");
        for (var i = 0; i < Fields.Length; i++) Assert.True(100.0 * agree[i] / records >= Fields[i].Floor, $"{Fields[i].Field}: {table}");
    }

    /// <summary>Values compared as BIBFRAME keeps them: NFC, white space folded, ISBD end punctuation removed, case ignored.</summary>
    private static string Fold(string? s) =>
        s is null ? "" : string.Join(' ', s.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':', '/', '=', ' ').ToLowerInvariant();
}
