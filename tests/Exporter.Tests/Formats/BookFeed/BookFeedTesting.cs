using System.Collections.Immutable;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;
using Exporter.Model;
using Exporter.Pipeline;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>Writes records as a book feed for the tests, with a fixed clock and a library.</summary>
internal static class BookFeedTesting
{
    public static readonly DateTimeOffset Now = new(2025, 1, 1, 12, 0, 0, TimeSpan.Zero);

    public static readonly BookFeedWriteOptions Library = new() { LibraryName = "Example Library", LibraryUrl = "https://library.example.net/" };

    public static WriteOptions Options(BookFeedWriteOptions? feed = null) =>
        new() { Clock = new FixedClock(Now), Formats = FormatOptionBag.Empty.With(feed ?? Library) };

    /// <summary>A book the feed carries: title, author, English, one paperback ISBN-10, OCLC number and LCCN.</summary>
    public static CatalogRecord Book() => new()
    {
        Title = "Science as social knowledge",
        Subtitle = "values and objectivity in scientific inquiry",
        Contributors = [Contributor.Person("Longino, Helen E.")],
        YearPublished = 1990,
        Edition = "2nd ed.",
        Languages = ["eng"],
        Identifiers = [new(IdentifierType.Local, "CX1010"), new(IdentifierType.Isbn, "0691020515", "pbk."), new(IdentifierType.Oclc, "ocm20823379"), new(IdentifierType.Lccn, "89-37158")],
    };

    /// <summary>The feed of <paramref name="records"/>, its text, and the diagnostics and omitted count.</summary>
    public static (string Text, JObject Feed, IReadOnlyList<Diagnostic> Diagnostics, long Omitted) Write(IEnumerable<CatalogRecord> records, BookFeedWriteOptions? feed = null)
    {
        var ms = new MemoryStream();
        var bag = new DiagnosticBag();
        long omitted;
        using (var w = new CatalogRecordWriter(ms, new BookFeedFormat().CreateEncoder(Options(feed)), bag, leaveOpen: true))
        {
            foreach (var r in records) w.Write(r);
            w.Complete();
            omitted = w.Omitted;
        }

        var text = Encoding.UTF8.GetString(ms.ToArray());
        return (text, Json(text), bag.Items, omitted);
    }

    /// <summary>Parses JSON keeping date strings as strings.</summary>
    public static JObject Json(string text)
    {
        using var reader = new Newtonsoft.Json.JsonTextReader(new StringReader(text)) { DateParseHandling = Newtonsoft.Json.DateParseHandling.None };
        return JObject.Load(reader);
    }

    /// <summary>The one work of the feed of <paramref name="record"/>.</summary>
    public static JObject Work(CatalogRecord record, BookFeedWriteOptions? feed = null) =>
        (JObject)Assert.Single((JArray)Write([record], feed).Feed["dataFeedElement"]!);

    /// <summary>The work's one edition.</summary>
    public static JObject Edition(CatalogRecord record, BookFeedWriteOptions? feed = null) =>
        (JObject)Assert.Single((JArray)Work(record, feed)["workExample"]!);

    public static ImmutableArray<Identifier> Isbn(string value, string? qualifier = "pbk.") => [new(IdentifierType.Isbn, value, qualifier)];
}
