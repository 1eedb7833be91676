using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>The branches table (--branches): its header, its rows, and each way it is refused, naming the line.</summary>
public class LibraryBranchTableTests
{
    private const string Header = "@id\tname\tstreetAddress\taddressLocality\taddressRegion\tpostalCode\taddressCountry";

    private static IReadOnlyList<LibraryBranch> Read(string text) => LibraryBranchTable.Read(new StringReader(text), "branches.tsv");

    [Fact]
    public void Each_line_after_the_header_is_a_branch_with_its_address()
    {
        var branches = Read(Header + "\nhttps://l.example/central\tCentral Library\t710 W. César Chávez St.\tAustin\tTX\t78701\tUS\n\nhttps://l.example/hampton\t Hampton Branch \t\tAustin\t\t\tUS\n");

        Assert.Equal(
            [
                new LibraryBranch("https://l.example/central", "Central Library") { StreetAddress = "710 W. César Chávez St.", AddressLocality = "Austin", AddressRegion = "TX", PostalCode = "78701", AddressCountry = "US" },
                new LibraryBranch("https://l.example/hampton", "Hampton Branch") { AddressLocality = "Austin", AddressCountry = "US" },
            ],
            branches);
    }

    [Fact]
    public void Columns_may_come_in_any_order_and_address_columns_may_be_left_out()
    {
        var branch = Assert.Single(Read("\uFEFFname\tpostalCode\t@id\r\nMain\t78701\thttps://l.example/main\r\n"));

        Assert.Equal(new LibraryBranch("https://l.example/main", "Main") { PostalCode = "78701" }, branch);
    }

    [Theory]
    [InlineData("", "line 1: it is empty")]
    [InlineData("@id\tname\tcity\nhttps://l.example/a\tA\tAustin\n", "line 1: column 3 'city' is not one of @id, name, streetAddress")]
    [InlineData("@id\tname\tname\n", "line 1: column 'name' is named twice")]
    [InlineData("name\tpostalCode\nA\t1\n", "line 1: the header has no '@id' column (required)")]
    [InlineData("@id\tpostalCode\nhttps://l.example/a\t1\n", "line 1: the header has no 'name' column (required)")]
    [InlineData("@id\tname\tpostalCode\n\n", "line 2: it lists no branch")]
    [InlineData("@id\tname\tpostalCode\nhttps://l.example/a\tA\n", "line 2: 2 tab-separated values where the header names 3 columns")]
    [InlineData("@id\tname\tpostalCode\nhttps://l.example/a\tA\t1\na\tB\t2\n", "line 3: its @id must be an absolute http or https URL, not 'a'")]
    [InlineData("@id\tname\tpostalCode\nhttps://l.example/a\t\t1\n", "line 2: https://l.example/a has no name")]
    [InlineData("@id\tname\tpostalCode\nhttps://l.example/a\tA\t \n", "line 2: https://l.example/a has no address")]
    [InlineData("@id\tname\taddressCountry\nhttps://l.example/a\tA\tFrance\n", "line 2: https://l.example/a: addressCountry must be an ISO 3166-1 alpha-2 code")]
    [InlineData("@id\tname\tpostalCode\nhttps://l.example/a\tA\t1\n\nhttps://l.example/a\tB\t2\n", "line 4: @id https://l.example/a is the @id of line 2 too")]
    public void A_table_the_feed_cannot_take_is_refused_naming_the_line(string text, string says)
    {
        var ex = Assert.Throws<ExporterException>(() => Read(text));

        Assert.Equal("CLI0166", ex.Diagnostic.Code);
        Assert.StartsWith("branches table branches.tsv, ", ex.Diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains(says, ex.Diagnostic.Message, StringComparison.Ordinal);
    }
}
