using Exporter.Formats.Marc.Crosswalk.Tables;

namespace Exporter.Tests.Formats.Marc.Crosswalk.Tables;

public class SubdivisionCodesTests
{
    [Theory]
    [InlineData("Fiction.", 'v')]                 // hand row, LCSH H 1095
    [InlineData("juvenile literature", 'v')]      // case ignored
    [InlineData("History and criticism", 'x')]    // topical, not form
    [InlineData("United States", 'z')]
    [InlineData("1900-1999", 'y')]                // patterns
    [InlineData("20th century", 'y')]
    [InlineData("To 1500", 'y')]
    [InlineData("Civil War, 1861-1865", 'y')]
    public void Embedded_table_codes_known_terms(string term, char code) => Assert.Equal(code, SubdivisionCodes.CodeOf(term));

    [Fact]
    public void Unknown_term_has_no_code() => Assert.Null(SubdivisionCodes.CodeOf("Zyzzyva husbandry"));

    [Fact]
    public void First_row_of_a_term_wins_and_patterns_come_after_terms()
    {
        var table = SubdivisionCodes.Load(TsvTable.Parse("# c\nmatch\tvalue\tcode\nterm\tMaps\tv\nterm\tmaps\tx\nterm\t1999\tx\npattern\t^\\d{4}$\ty\n"));
        Assert.Equal('v', SubdivisionCodes.CodeOf(table, "MAPS."));
        Assert.Equal('x', SubdivisionCodes.CodeOf(table, "1999"));
        Assert.Equal('y', SubdivisionCodes.CodeOf(table, "2000"));
    }

    [Fact]
    public void Bad_rows_are_refused()
    {
        Assert.Throws<InvalidDataException>(() => SubdivisionCodes.Load(TsvTable.Parse("h\nterm\tMaps\tq\n")));
        Assert.Throws<InvalidDataException>(() => SubdivisionCodes.Load(TsvTable.Parse("h\npattern\t^x$\tv\n")));
    }
}
