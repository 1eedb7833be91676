using Exporter.Diagnostics;
using Exporter.Formats.DublinCore;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.DublinCore;

/// <summary>
/// 880 original-script forms beside the romanized ones, with xml:lang, and local and staff data only with
/// --include-local (docs/mappings/dublin-core.md, "Original scripts" and "Local data"; issue 14).
/// </summary>
public class MarcDcOriginalScriptAndLocalTests
{
    private static readonly MarcRecord Record = new(new Leader("00000cam a2200000 a 4500"),
    [
        new ControlField("001", "X1"),
        new ControlField("008", "070910s2005    ru            000 0 rus d"),
        new DataField("100", '1', ' ', new Subfield('6', "880-01"), new Subfield('a', "Tolstoi, Lev,"), new Subfield('d', "1828-1910.")),
        new DataField("245", '1', '0', new Subfield('6', "880-02"), new Subfield('a', "Voina i mir :"), new Subfield('b', "roman /")),
        new DataField("264", ' ', '1', new Subfield('6', "880-03"), new Subfield('a', "Moskva :"), new Subfield('b', "Eksmo,"), new Subfield('c', "2005.")),
        new DataField("561", ' ', ' ', new Subfield('a', "Gift of a donor.")),
        new DataField("590", ' ', ' ', new Subfield('a', "Staff note.")),
        new DataField("650", ' ', '0', new Subfield('6', "880-04"), new Subfield('a', "Napoleonic Wars, 1800-1815"), new Subfield('v', "Fiction.")),
        new DataField("700", '1', ' ', new Subfield('6', "880-05"), new Subfield('a', "Ivanov, Ivan,"), new Subfield('e', "editor.")),
        new DataField("880", '1', ' ', new Subfield('6', "100-01/(N"), new Subfield('a', "Толстой, Лев,"), new Subfield('d', "1828-1910.")),
        new DataField("880", '1', '0', new Subfield('6', "245-02/(N"), new Subfield('a', "Война и мир :"), new Subfield('b', "роман /")),
        new DataField("880", ' ', '1', new Subfield('6', "264-03/(N"), new Subfield('a', "Москва :"), new Subfield('b', "Эксмо,"), new Subfield('c', "2005.")),
        new DataField("880", ' ', '0', new Subfield('6', "650-04/(N"), new Subfield('a', "Наполеоновские войны"), new Subfield('v', "Романы.")),
        new DataField("880", '1', ' ', new Subfield('6', "700-05/(N"), new Subfield('a', "Иванов, Иван,"), new Subfield('e', "editor.")),
        new DataField("880", ' ', ' ', new Subfield('6', "500-06/(N"), new Subfield('a', "Примечание.")),
        new DataField("949", ' ', ' ', new Subfield('a', "Item"), new Subfield('b', "31234000")),
    ]);

    private static readonly CatalogRecord Hub = new()
    {
        Title = "Voina i mir", Subtitle = "roman", Publisher = "Eksmo", YearPublished = 2005, Languages = ["rus"],
        Contributors = [new Contributor("Tolstoi, Lev", [ContributorRoles.Author]), new Contributor("Ivanov, Ivan", ["editor"])],
        Subjects = [new Subject("Napoleonic Wars, 1800-1815--Fiction", "lcsh")],
    };

    private static ReadResult Read(CatalogRecord record) => ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), record, []);

    private static DublinCoreRecord Dc(DublinCoreProfile profile, bool includeLocal = false) =>
        new DublinCoreCrosswalk(new DublinCoreCrosswalkOptions { Profile = profile, IncludeLocal = includeLocal })
            .FromCatalog(Hub, MarcDcCrosswalk.Read(Record, includeLocal), NullDiagnostics.Instance);

    [Fact]
    public void Original_scripts_follow_the_romanized_values_with_their_language()
    {
        var dc = Dc(DublinCoreProfile.Simple);
        Assert.Equal([("Voina i mir : roman", null), ("Война и мир : роман", "ru-Cyrl")], dc.Get("title").Select(s => (s.Value, s.Language)));
        Assert.Equal([("Tolstoi, Lev", null), ("Толстой, Лев", "ru-Cyrl")], dc.Get("creator").Select(s => (s.Value, s.Language)));
        Assert.Equal([("Ivanov, Ivan", null), ("Иванов, Иван", "ru-Cyrl")], dc.Get("contributor").Select(s => (s.Value, s.Language)));
        Assert.Equal([("Eksmo", null), ("Эксмо", "ru-Cyrl")], dc.Get("publisher").Select(s => (s.Value, s.Language)));
        Assert.Equal([("Napoleonic Wars, 1800-1815--Fiction", null), ("Наполеоновские войны--Романы", "ru-Cyrl")], dc.Get("subject").Select(s => (s.Value, s.Language)));
        Assert.DoesNotContain(dc.Statements, s => s.Value.Contains("Примечание", StringComparison.Ordinal)); // an 880 of a note: not one of the four
    }

    [Fact]
    public void Qualified_dc_carries_them_too_without_a_scheme()
    {
        var dc = Dc(DublinCoreProfile.Qualified);
        var title = Assert.Single(dc.Get("title"), s => s.Language is not null);
        Assert.Equal(("Война и мир : роман", "ru-Cyrl", null), (title.Value, title.Language, title.Scheme));
        Assert.Contains(dc.Get("subject"), s => s.Value == "Наполеоновские войны--Романы" && s.Language == "ru-Cyrl" && s.Scheme is null);
    }

    [Fact]
    public void Local_and_staff_data_only_with_include_local()
    {
        string[] local = ["Gift of a donor.", "Staff note.", "Item 31234000"];
        Assert.DoesNotContain(Dc(DublinCoreProfile.Simple).Get("description"), s => local.Contains(s.Value));
        Assert.Equal(local, Dc(DublinCoreProfile.Simple, includeLocal: true).Get("description").Select(s => s.Value).Where(local.Contains));
    }

    [Theory]
    [InlineData("dc", false)]
    [InlineData("dc", true)]
    [InlineData("dcterms", true)]
    public void Write_options_include_local_reaches_the_dc_encoders(string format, bool includeLocal)
    {
        var encoder = FormatRegistry.CreateDefault().Get(format).CreateEncoder(new WriteOptions { IncludeLocal = includeLocal });
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        encoder.Encode(ReadResult.ReadNative(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), Record, new Exporter.Formats.Marc.Crosswalk.MarcCrosswalk(), [], "X1"), 0, buffer, NullDiagnostics.Instance);
        var xml = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Equal(includeLocal, xml.Contains("Gift of a donor.", StringComparison.Ordinal));
        Assert.Equal(includeLocal, xml.Contains("Staff note.", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholder_base_uri_warning_is_reported_by_encoders_and_kept_once_per_run()
    {
        var registry = FormatRegistry.CreateDefault();
        var bag = new DiagnosticBag();
        var record = new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Local, "X1")] };
        foreach (var format in new[] { "dc", "dcterms" }) registry.Get(format).CreateEncoder(new WriteOptions()).Encode(Read(record), 0, new System.Buffers.ArrayBufferWriter<byte>(), bag);
        Assert.Equal(2, bag.Items.Count(d => d.Code == DcDiagnosticCodes.PlaceholderBaseUri));   // each encoder, each record

        using var dir = new TempDir();
        var page = dir.File("a.txt");
        File.Copy(Path.Combine(TestEnvironment.Examples, "catalog.txt"), page);
        File.Copy(Path.Combine(TestEnvironment.Examples, "CX7118.txt"), dir.File("b.txt"));
        for (var run = 0; run < 2; run++)
        {
            var report = dir.File($"report{run}.jsonl");
            new Exporter.Jobs.ConvertJob(registry).Run(new Exporter.Jobs.ConvertJobOptions
            {
                Inputs = [page, dir.File("b.txt")], To = ["dc", "dcterms"], OutputDirectory = dir.File($"out{run}"), ReportFile = report,
                Conversion = new ConversionOptions { Threads = 2 },
            });
            var lines = File.ReadAllLines(report).Where(l => l.Contains("\"" + DcDiagnosticCodes.PlaceholderBaseUri + "\"", StringComparison.Ordinal)).ToList();
            Assert.Single(lines);                                                              // once per run, and again in the next run
            Assert.Contains("a.txt\",\"index\":1,", lines[0], StringComparison.Ordinal);        // on the run's first record, whatever the threads
        }
    }
}
