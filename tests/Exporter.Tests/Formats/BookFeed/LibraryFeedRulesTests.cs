using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;
using static Exporter.Tests.Formats.BookFeed.LibraryFeedTesting;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>Options the Library feed cannot be written from are refused, each with its code, before anything is written.</summary>
public class LibraryFeedRulesTests
{
    public static TheoryData<string, LibraryFeedOptions, string> Refused() => new()
    {
        { "CLI0160", Example() with { LibraryName = null }, "--library-name" },
        { "CLI0160", Example() with { LibraryName = " " }, "--library-name" },
        { "CLI0161", Example() with { LibraryUrl = null }, "--library-url" },
        { "CLI0161", Example() with { LibraryUrl = "library.example.net" }, "'library.example.net'" },
        { "CLI0165", Example() with { LibraryType = "Public" }, "public, academic, corporate, government, school, special, not 'Public'" },
        { "CLI0165", Example() with { LibraryType = null }, "--library-type" },
        { "CLI0166", Example() with { Branches = [] }, "at least one branch" },
        { "CLI0166", Example() with { Branches = [Central, Hampton with { Id = "hampton" }] }, "branch 2: its @id must be an absolute http or https URL, not 'hampton'" },
        { "CLI0166", Example() with { Branches = [Central with { Name = "" }] }, "branch 1: https://library.example.net/branches/central has no name" },
        { "CLI0166", Example() with { Branches = [new LibraryBranch("https://l.example/b", "B")] }, "branch 1: https://l.example/b has no address" },
        { "CLI0166", Example() with { Branches = [Central with { AddressCountry = "USA" }] }, "ISO 3166-1 alpha-2 code in capitals (US, DE...), not 'USA'" },
        { "CLI0166", Example() with { Branches = [Central with { AddressCountry = "us" }] }, "not 'us'" },
        { "CLI0166", Example() with { Branches = [Central, Hampton, Central with { Name = "Other" }] }, "branch 3: @id https://library.example.net/branches/central is another branch's @id too" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Options_the_feed_cannot_carry_are_refused_with_their_code(string code, LibraryFeedOptions options, string says)
    {
        var ex = Assert.Throws<ExporterException>(() => Text(options));

        Assert.Equal((code, Severity.Error), (ex.Diagnostic.Code, ex.Diagnostic.Severity));
        Assert.Contains(says, ex.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_branch_with_one_address_part_is_enough() =>
        Assert.Contains("\"postalCode\":\"78701\"", Text(Example() with { Branches = [new LibraryBranch("https://l.example/b", "B") { PostalCode = "78701" }] }), StringComparison.Ordinal);
}
