using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// Writes feed entries as Google's Book Actions data feed lays them out (one JSON-LD object per
/// <c>dataFeedElement</c>, each with its own <c>@context</c>), in a fixed property order, UTF-8 unescaped where JSON
/// allows, so that the same record always gives the same bytes.
/// </summary>
internal sealed class BookFeedJson(BookFeedLender lender)
{
    /// <summary>The JSON-LD context of the feed and of each element, as the spec shows it.</summary>
    public const string Context = "https://schema.org";

    /// <summary>
    /// The platforms of the BorrowAction's EntryPoint: all three the spec allows (<c>target.actionPlatform</c>: desktop
    /// web, Android, iOS; it has no MobileWebPlatform), since a web OPAC page opens on each.
    /// </summary>
    public static readonly IReadOnlyList<string> ActionPlatforms = ["https://schema.org/DesktopWebPlatform", "https://schema.org/AndroidPlatform", "https://schema.org/IOSPlatform"];

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    /// <summary>A timestamp as the spec writes it: ISO 8601 in UTC, fractions only when there are some.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture);

    /// <summary>Writes one entry (a Work with its Editions) to <paramref name="output"/>.</summary>
    public void Write(BookFeedEntry entry, System.Buffers.IBufferWriter<byte> output)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("@context", Context);
        w.WriteString("@type", "Book");
        w.WriteString("@id", entry.Id);
        w.WriteString("url", entry.Url);
        w.WriteString("name", entry.Name);
        w.WriteString("dateModified", Timestamp(entry.DateModified));
        if (!entry.Authors.IsEmpty) Agents(w, "author", entry.Authors);
        foreach (var property in BookFeedContributors.Properties)
        {
            var agents = entry.Contributors.Where(c => c.Property == property).Select(c => c.Agent).ToList();
            if (agents.Count > 0) Agents(w, property, agents);
        }

        w.WriteStartArray("workExample");
        foreach (var e in entry.Editions) Edition(w, e);
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
    }

    private static void Agents(Utf8JsonWriter w, string property, IEnumerable<BookFeedAgent> agents)
    {
        w.WriteStartArray(property);
        foreach (var a in agents)
        {
            w.WriteStartObject();
            w.WriteString("@type", a.Type);
            w.WriteString("name", a.Name);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private void Edition(Utf8JsonWriter w, BookFeedEdition e)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Book");
        w.WriteString("@id", e.Id);
        w.WriteString("isbn", e.Isbn);
        w.WriteString("bookFormat", "https://schema.org/" + e.BookFormat);
        w.WriteString("inLanguage", e.Language);
        if (e.BookEdition is { } edition) w.WriteString("bookEdition", edition);
        if (e.DatePublished is int year) w.WriteString("datePublished", year.ToString("D4", CultureInfo.InvariantCulture));
        if (!e.Identifiers.IsEmpty)
        {
            w.WriteStartArray("identifier");
            foreach (var id in e.Identifiers)
            {
                w.WriteStartObject();
                w.WriteString("@type", "PropertyValue");
                w.WriteString("propertyID", id.PropertyId);
                w.WriteString("value", id.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        if (!e.SameAs.IsEmpty)
        {
            w.WriteStartArray("sameAs");
            foreach (var s in e.SameAs) w.WriteStringValue(s);
            w.WriteEndArray();
        }

        if (e.Url is { } url) w.WriteString("url", url);
        w.WriteStartObject("potentialAction");
        w.WriteString("@type", "BorrowAction");
        w.WriteStartObject("target");
        w.WriteString("@type", "EntryPoint");
        w.WriteString("urlTemplate", e.BorrowUrl);
        w.WriteStartArray("actionPlatform");
        foreach (var p in ActionPlatforms) w.WriteStringValue(p);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteStartObject("lender");
        w.WriteString("@type", "LibrarySystem");
        w.WriteString("@id", lender.Url);
        w.WriteString("name", lender.Name);
        w.WriteString("url", lender.Url);
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
