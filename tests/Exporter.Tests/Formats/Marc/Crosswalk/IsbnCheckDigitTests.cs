using Exporter.Diagnostics;
using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 020: the ISBN check digit (ISO 2108); a bad one goes to $z with MARC0311, qualifiers to $q. Real values:
/// marc4j/pride-and-prejudice-fixed.mrc (020 $a 019282760X (pbk.), valid; 020 $a 0-397-47189-17 (v. 1), eleven digits),
/// marc4j/brkrtest.mrc (020 $z 3777000008 (German ed.), check digit wrong), marc4j/bad_leaders_10_11.mrc
/// (020 $a 3832175679 (Verlagsausg.) $z 3832175670), catmandu-marc/bu_bibs.mrc (ISBN-13 9781438433271).
/// </summary>
public class IsbnCheckDigitTests
{
    private static readonly MarcCrosswalk Crosswalk = new();

    [Theory]
    [InlineData("019282760X", true)]
    [InlineData("019282760x", true)]
    [InlineData("0-19-282760-X", true)]
    [InlineData("3832175679", true)]
    [InlineData("3832175670", false)]
    [InlineData("3777000008", false)]
    [InlineData("03974718917", false)]
    [InlineData("9781438433271", true)]
    [InlineData("9781438433272", false)]
    [InlineData("978143843327X", false)]
    [InlineData("X192827600", false)]
    [InlineData("", false)]
    public void Check_digit_is_checked_for_ISBN_10_and_13(string isbn, bool valid) => Assert.Equal(valid, IsbnCheckDigit.IsValid(isbn));

    [Fact]
    public void A_valid_ISBN_goes_to_a_with_its_qualifier_in_q()
    {
        var bag = new DiagnosticBag();
        var m = Crosswalk.FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Isbn, "019282760X", "pbk.")] }, bag);
        Assert.Equal("=020  \\\\$a019282760X$qpbk.", m.DataFields("020").Single().ToString());
        Assert.DoesNotContain(bag.Items, d => d.Code == MarcDiagnosticCodes.IsbnInvalid);
    }

    [Fact]
    public void An_ISBN_with_a_wrong_check_digit_goes_to_z_with_a_warning()
    {
        var bag = new DiagnosticBag();
        var m = Crosswalk.FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Isbn, "3777000008", "German ed.")] }, bag);
        Assert.Equal("=020  \\\\$z3777000008$qGerman ed.", m.DataFields("020").Single().ToString());
        var d = Assert.Single(bag.Items, d => d.Code == MarcDiagnosticCodes.IsbnInvalid);
        Assert.Equal((Severity.Warning, "020", "z"), (d.Severity, d.Field, d.Subfield));
    }

    [Fact]
    public void An_ISBN_of_the_wrong_length_goes_to_z()
    {
        var m = Crosswalk.FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Isbn, "03974718917", "v. 1")] }, new DiagnosticBag());
        Assert.Equal('z', m.DataFields("020").Single().Subfields[0].Code);
    }
}
