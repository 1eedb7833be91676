using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Publishing;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Publishing;

public class SitePageEncoderTests
{
    private static readonly FormatRegistry Registry = FormatRegistry.CreateDefault();
    private static readonly WriteOptions Write = new() { BaseUri = new Uri("https://lib.example.net/"), Clock = new FixedClock(DateTimeOffset.FromUnixTimeSeconds(1767225600)) };
    private static readonly PageRenderer Pages = new(SiteTemplates.Default, new SiteLayout(new Uri("https://lib.example.net/"), RecordPathTemplate.Default), "Library catalog");

    private static readonly CatalogRecord Hostile = new()
    {
        Title = "</script><script>alert(1)</script><!-- & \"quotes\"",
        Subtitle = "a <b>bold</b> claim",
        Contributors = [Contributor.Person("O'Brien, <Flann>"), new Contributor("Translator & Co", ["translator"])],
        Publisher = "Press & Sons",
        Place = "Dublin",
        YearPublished = 1967,
        Identifiers = [new Identifier(IdentifierType.Local, "X-1"), new Identifier(IdentifierType.Isbn, "9780000000002", "pbk."), new Identifier(IdentifierType.Url, "https://example.org/a?b=1&c=2")],
        Languages = ["eng"],
        Abstract = "Summary with </script> inside.",
        Subjects = [new Subject("Ireland--Fiction")],
    };

    [Fact]
    public void The_page_embeds_the_jsonld_document_of_the_record_and_record_text_cannot_break_out()
    {
        var record = Encode(Hostile, ["jsonld", "turtle"]);
        Assert.Equal("records/X-1.html", record.PagePath);
        Assert.Equal(["records/X-1.html", "records/X-1.jsonld", "records/X-1.ttl"], record.Files.Select(f => f.Path));
        var page = Encoding.UTF8.GetString(record.Files[0].Content);

        var scriptStart = page.IndexOf("<script type=\"application/ld+json\">", StringComparison.Ordinal);
        var scriptEnd = page.IndexOf("</script>", scriptStart, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(scriptEnd, page.LastIndexOf("</script", StringComparison.OrdinalIgnoreCase));
        var script = page[(scriptStart + "<script type=\"application/ld+json\">".Length)..scriptEnd];
        Assert.DoesNotContain("<", script, StringComparison.Ordinal);

        var expected = JToken.Parse(Encoding.UTF8.GetString(record.Files[1].Content));
        Assert.True(JToken.DeepEquals(expected, JToken.Parse(script)));
        var name = JToken.Parse(script)["@graph"]![0]!["name"]!;
        Assert.Equal(Hostile.Title, (string?)(name is JObject tagged ? tagged["@value"] : name));   // a title in the record's language is a value object

        Assert.Contains("<h1>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- &amp; &quot;quotes&quot;: a &lt;b&gt;bold&lt;/b&gt; claim</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>O&#39;Brien, &lt;Flann&gt; (author)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Translator &amp; Co (translator)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>Dublin: Press &amp; Sons, 1967</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<dd>9780000000002 (pbk.)</dd>", page, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a?b=1&amp;c=2\">", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"canonical\" href=\"https://lib.example.net/records/X-1.html\">", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"application/ld+json\" href=\"X-1.jsonld\"", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"alternate\" type=\"text/turtle\" href=\"X-1.ttl\"", page, StringComparison.Ordinal);
        Assert.Contains("<meta name=\"description\" content=\"Summary with &lt;/script&gt; inside.\">", page, StringComparison.Ordinal);
        Assert.Contains("<article lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<li>Ireland \u2014 Fiction</li>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void The_alternates_are_the_formats_own_one_record_documents()
    {
        var record = Encode(Hostile, ["jsonld", "turtle", "marcxml"]);
        foreach (var (name, file) in new[] { ("jsonld", record.Files[1]), ("turtle", record.Files[2]), ("marcxml", record.Files[3]) })
            Assert.Equal(Convert(Hostile, name), Encoding.UTF8.GetString(file.Content));
    }

    [Fact]
    public void Browse_entries_list_the_title_and_each_contributor()
    {
        var record = Encode(Hostile, []);
        Assert.Equal(["records/X-1.html"], record.Files.Select(f => f.Path));
        Assert.Equal([BrowseList.Titles, BrowseList.Authors, BrowseList.Authors], record.Browse.Select(b => b.List));
        Assert.Equal("O'Brien, <Flann>", record.Browse[1].Entry.Label);
        Assert.Equal("o brien flann", record.Browse[1].Entry.SortKey);
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("a/b")]
    [InlineData(".htaccess")]
    public void A_record_whose_id_is_not_safe_in_a_path_is_refused(string id)
    {
        var ex = Assert.Throws<RecordWriteException>(() => Encode(Hostile with { Identifiers = [new Identifier(IdentifierType.Local, id)] }, []));
        Assert.Equal(PublishDiagnosticCodes.UnsafeId, ex.Diagnostic.Code);
        Assert.Contains(id, ex.Diagnostic.Message, StringComparison.Ordinal);
    }

    private const string LocalMrk = "=LDR  00000nam a2200000 a 4500\n=001  L-1\n=245  00$aPublic title.\n=500  \\\\$aA public note.\n"
        + "=541  0\\$aGift of a donor who asked not to be named.\n=541  1\\$aPurchased from a public sale.\n=949  \\\\$aSTAFF-ONLY shelf 12$bbarcode 123\n";

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Local_and_private_marc_data_stay_out_of_the_site_unless_asked_for(bool includeLocal)
    {
        var mrk = Registry.Get("mrk");
        using var reader = mrk.CreateReader(new MemoryStream(Encoding.UTF8.GetBytes(LocalMrk)), new ReadOptions());
        var read = Assert.Single(reader.ReadResults());
        Assert.False(read.IsRejected);
        string[] alternates = ["marcxml", "mrk", "jsonld"];
        var encoder = new SitePageEncoder(Pages, new JsonLdGraphAdapter(Registry, Write),
            [.. alternates.Select(a => new RecordDocumentEncoder(Registry.Get(a), Registry.Get(a).CreateEncoder(Write)))], includeLocal).ForWorker();
        var buffer = new ArrayBufferWriter<byte>();
        encoder.Encode(read, 0, buffer, new DiagnosticBag());
        var bytes = buffer.WrittenSpan.ToArray();
        var site = SiteRecordFrame.Read(bytes, SiteRecordFrame.PrefixLength, bytes.Length - SiteRecordFrame.PrefixLength);
        var texts = site.Files.Select(f => Encoding.UTF8.GetString(f.Content)).ToList();
        if (!includeLocal) Assert.All(texts, t => Assert.False(t.Contains("STAFF-ONLY", StringComparison.Ordinal) || t.Contains("donor who asked", StringComparison.Ordinal), t));
        Assert.Equal(includeLocal, texts[1].Contains("tag=\"949\"", StringComparison.Ordinal));
        Assert.Equal(includeLocal, texts[2].Contains("=949  ", StringComparison.Ordinal));
        Assert.Equal(includeLocal, texts[2].Contains("donor who asked", StringComparison.Ordinal));
        Assert.Contains("Purchased from a public sale", texts[2], StringComparison.Ordinal);
        Assert.Contains("A public note", texts[0], StringComparison.Ordinal);
    }

    private static SiteRecord Encode(CatalogRecord catalog, string[] alternates)
    {
        var encoder = new SitePageEncoder(Pages, new JsonLdGraphAdapter(Registry, Write),
            [.. alternates.Select(a => new RecordDocumentEncoder(Registry.Get(a), Registry.Get(a).CreateEncoder(Write)))]).ForWorker();
        var buffer = new ArrayBufferWriter<byte>();
        encoder.Encode(ReadResult.Read(new RecordSource(0, 0, default), catalog, []), 0, buffer, new DiagnosticBag());
        var bytes = buffer.WrittenSpan.ToArray();
        Assert.Equal(bytes.Length - SiteRecordFrame.PrefixLength, SiteRecordFrame.BodyLength(bytes));
        return SiteRecordFrame.Read(bytes, SiteRecordFrame.PrefixLength, bytes.Length - SiteRecordFrame.PrefixLength);
    }

    /// <summary>What convert writes for a file holding only this record.</summary>
    private static string Convert(CatalogRecord record, string format)
    {
        var ms = new MemoryStream();
        using (var w = new CatalogRecordWriter(ms, Registry.Get(format).CreateEncoder(Write), leaveOpen: true))
        {
            w.Write(record);
            w.Complete();
        }

        return Encoding.UTF8.GetString(ms.ToArray());
    }
}
