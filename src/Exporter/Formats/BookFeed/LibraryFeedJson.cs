using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Exporter.Formats.BookFeed;

/// <summary>
/// Writes Google's Library feed: a <c>DataFeed</c> whose one <c>dataFeedElement</c> is the <c>LibrarySystem</c>
/// (<c>@id</c> and <c>url</c> its home page, <c>name</c>, the <c>librarytype</c> PropertyValue) with its
/// <c>member</c> Libraries (<c>@id</c>, <c>name</c>, <c>location</c> PostalAddress), laid out as the book feed is
/// (<see cref="BookFeedJson"/>): fixed property order, UTF-8 unescaped where JSON allows, the element on its own line,
/// so that the same options always give the same bytes.
/// </summary>
internal static class LibraryFeedJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes the feed of <paramref name="options"/>, checked first (<see cref="LibraryFeedRules"/>).</summary>
    public static void Write(LibraryFeedOptions options, IBufferWriter<byte> output)
    {
        LibraryFeedRules.Check(options);
        using (var w = new Utf8JsonWriter(output, Options))
        {
            w.WriteStartObject();
            w.WriteString("@context", BookFeedJson.Context);
            w.WriteString("@type", "DataFeed");
            w.WriteString("dateModified", BookFeedJson.Timestamp(options.Clock.GetUtcNow()));
            w.WriteStartArray("dataFeedElement");
            w.Flush();
        }

        output.Write("\n"u8);
        using (var w = new Utf8JsonWriter(output, Options))
        {
            LibrarySystem(w, options);
            w.Flush();
        }

        output.Write("\n]}\n"u8);
    }

    private static void LibrarySystem(Utf8JsonWriter w, LibraryFeedOptions options)
    {
        w.WriteStartObject();
        w.WriteString("@context", BookFeedJson.Context);
        w.WriteString("@type", "LibrarySystem");
        w.WriteString("@id", options.LibraryUrl);
        w.WriteString("name", options.LibraryName!.Trim());
        w.WriteString("url", options.LibraryUrl);
        w.WriteStartObject("additionalProperty");
        w.WriteString("@type", "PropertyValue");
        w.WriteString("name", "librarytype");
        w.WriteString("value", options.LibraryType);
        w.WriteEndObject();
        w.WriteStartArray("member");
        foreach (var branch in options.Branches) Member(w, branch);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Member(Utf8JsonWriter w, LibraryBranch branch)
    {
        w.WriteStartObject();
        w.WriteString("@type", "Library");
        w.WriteString("@id", branch.Id);
        w.WriteString("name", branch.Name.Trim());
        w.WriteStartObject("location");
        w.WriteString("@type", "PostalAddress");
        Part(w, "streetAddress", branch.StreetAddress);
        Part(w, "addressLocality", branch.AddressLocality);
        Part(w, "addressRegion", branch.AddressRegion);
        Part(w, "postalCode", branch.PostalCode);
        Part(w, "addressCountry", branch.AddressCountry);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Part(Utf8JsonWriter w, string property, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) w.WriteString(property, value.Trim());
    }
}
