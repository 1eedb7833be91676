using System.Buffers;
using System.Text;
using Exporter.Formats.BookFeed;
using Exporter.Pipeline;
using Newtonsoft.Json.Linq;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>A library system with two branches, and its Library feed, for the tests.</summary>
internal static class LibraryFeedTesting
{
    public static readonly LibraryBranch Central = new("https://library.example.net/branches/central", "Central Library")
    {
        StreetAddress = "710 W. César Chávez St.", AddressLocality = "Austin", AddressRegion = "TX", PostalCode = "78701", AddressCountry = "US",
    };

    public static readonly LibraryBranch Hampton = new("https://library.example.net/branches/hampton", "Hampton Branch") { AddressLocality = "Austin", AddressCountry = "US" };

    public static LibraryFeedOptions Example() => new()
    {
        LibraryName = "Example Library",
        LibraryUrl = "https://library.example.net/",
        LibraryType = "public",
        Branches = [Central, Hampton],
        Clock = new FixedClock(BookFeedTesting.Now),
    };

    /// <summary>The feed of <paramref name="options"/> as text.</summary>
    public static string Text(LibraryFeedOptions options)
    {
        var output = new ArrayBufferWriter<byte>();
        LibraryFeedJson.Write(options, output);
        return Encoding.UTF8.GetString(output.WrittenSpan);
    }

    /// <summary>The feed of <paramref name="options"/>, parsed.</summary>
    public static JObject Feed(LibraryFeedOptions options) => BookFeedTesting.Json(Text(options));

    /// <summary>The feed's one LibrarySystem.</summary>
    public static JObject LibrarySystem(LibraryFeedOptions options) => (JObject)Assert.Single((JArray)Feed(options)["dataFeedElement"]!);
}
