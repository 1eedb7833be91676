using Exporter.Formats.BookFeed;
using Newtonsoft.Json.Linq;
using static Exporter.Tests.Formats.BookFeed.LibraryFeedTesting;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>The Library feed's properties (docs/mappings/bookfeed.md, "The Library feed"), one test each, and its bytes.</summary>
public class LibraryFeedJsonTests
{
    [Fact]
    public void The_feed_is_a_data_feed_dated_by_the_run_clock()
    {
        var feed = Feed(Example());

        Assert.Equal("https://schema.org", (string?)feed["@context"]);
        Assert.Equal("DataFeed", (string?)feed["@type"]);
        Assert.Equal("2025-01-01T12:00:00Z", (string?)feed["dateModified"]);
    }

    [Fact]
    public void The_library_system_is_the_book_feed_lender_with_its_name_and_home_page()
    {
        var system = LibrarySystem(Example() with { LibraryName = "  Example Library " });

        Assert.Equal("https://schema.org", (string?)system["@context"]);
        Assert.Equal("LibrarySystem", (string?)system["@type"]);
        Assert.Equal("https://library.example.net/", (string?)system["@id"]);
        Assert.Equal("https://library.example.net/", (string?)system["url"]);
        Assert.Equal("Example Library", (string?)system["name"]);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("academic")]
    [InlineData("special")]
    public void The_library_type_is_the_librarytype_property_value(string type)
    {
        var property = (JObject)LibrarySystem(Example() with { LibraryType = type })["additionalProperty"]!;

        Assert.Equal(("PropertyValue", "librarytype", type), ((string?)property["@type"], (string?)property["name"], (string?)property["value"]));
    }

    [Fact]
    public void Each_branch_is_a_member_library_with_its_id_name_and_postal_address()
    {
        var members = ((JArray)LibrarySystem(Example())["member"]!).Cast<JObject>().ToList();

        Assert.Equal(2, members.Count);
        Assert.Equal(("Library", "https://library.example.net/branches/central", "Central Library"), ((string?)members[0]["@type"], (string?)members[0]["@id"], (string?)members[0]["name"]));
        var address = (JObject)members[0]["location"]!;
        Assert.Equal("PostalAddress", (string?)address["@type"]);
        Assert.Equal("710 W. César Chávez St.", (string?)address["streetAddress"]);
        Assert.Equal("Austin", (string?)address["addressLocality"]);
        Assert.Equal("TX", (string?)address["addressRegion"]);
        Assert.Equal("78701", (string?)address["postalCode"]);
        Assert.Equal("US", (string?)address["addressCountry"]);
    }

    [Fact]
    public void An_address_has_only_the_parts_given()
    {
        var member = (JObject)((JArray)LibrarySystem(Example())["member"]!)[1];

        Assert.Equal(["@type", "addressLocality", "addressCountry"], ((JObject)member["location"]!).Properties().Select(p => p.Name));
    }

    [Fact]
    public void The_bytes_are_fixed_one_element_per_line_utf8_unescaped()
    {
        var text = Text(Example() with { Branches = [Hampton] });

        Assert.Equal(
            "{\"@context\":\"https://schema.org\",\"@type\":\"DataFeed\",\"dateModified\":\"2025-01-01T12:00:00Z\",\"dataFeedElement\":[\n"
            + "{\"@context\":\"https://schema.org\",\"@type\":\"LibrarySystem\",\"@id\":\"https://library.example.net/\",\"name\":\"Example Library\",\"url\":\"https://library.example.net/\","
            + "\"additionalProperty\":{\"@type\":\"PropertyValue\",\"name\":\"librarytype\",\"value\":\"public\"},"
            + "\"member\":[{\"@type\":\"Library\",\"@id\":\"https://library.example.net/branches/hampton\",\"name\":\"Hampton Branch\",\"location\":{\"@type\":\"PostalAddress\",\"addressLocality\":\"Austin\",\"addressCountry\":\"US\"}}]}\n"
            + "]}\n",
            text);
        Assert.Contains("César Chávez", Text(Example()), StringComparison.Ordinal);
        Assert.Equal(Text(Example()), Text(Example()));
    }
}
