using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// 010 $a in MARC 21's LCCN structure A (before 2001) and B (from 2001). Real values: yaz/marc7.marc (010 $a "   77123332 ",
/// structure A as LC writes it), marc4j/pride-and-prejudice-fixed.mrc (010 $a "81126202" without its blanks; "69015342 //r86"
/// with a revision), catmandu-marc/bu_bibs.mrc (010 $a "20020049 23", a structure B number with a stray blank), marc4j/pride-and-prejudice-with-many-errors.mrc
/// (010 $a with the suffix "/AC", kept).
/// </summary>
public class LccnStructureTests
{
    [Theory]
    [InlineData("   77123332 ", "   77123332 ")]
    [InlineData("77123332", "   77123332 ")]
    [InlineData("81126202", "   81126202 ")]
    [InlineData("85-2", "   85000002 ")]
    [InlineData("n 78-89035", "n  78089035 ")]
    [InlineData("sn85-2", "sn 85000002 ")]
    [InlineData("20020049 23", "  2002004923")]
    [InlineData("2001-2", "  2001000002")]
    [InlineData("  2001000002", "  2001000002")]
    [InlineData("69015342 //r86", "69015342 //r86")]
    [InlineData("not a number", "not a number")]
    public void Lccn_is_written_in_structure_A_or_B(string value, string written) => Assert.Equal(written, LccnStructure.Of(value));

    [Theory]
    [InlineData("   77123332 ", "77123332")]
    [InlineData("n  78089035 ", "n78089035")]
    [InlineData("  2002004923", "2002004923")]
    [InlineData("69015342 //r86", "69015342 //r86")]
    [InlineData(" 81126202", "81126202")]
    [InlineData("86017152/AC ", "86017152/AC")]
    [InlineData("abcd 1234567", "abcd 1234567")]   // twelve characters but no LCCN: kept as written
    [InlineData("LC 94-135209", "LC 94-135209")]   // marc4j/pride-and-prejudice-fixed.mrc: an upper-case prefix is no LCCN's
    public void A_010_in_the_structure_reads_as_the_normalized_lccn(string a, string hub) => Assert.Equal(hub, LccnStructure.Read(a));

    [Fact]
    public void The_composer_writes_010_in_the_structure_and_reads_it_back()
    {
        var crosswalk = new MarcCrosswalk();
        var m = crosswalk.FromCatalog(new CatalogRecord { Title = "T", Identifiers = [new Identifier(IdentifierType.Lccn, "85-2")] }, new DiagnosticBag());
        Assert.Equal("   85000002 ", m.DataFields("010").Single()['a']);
        var hub = crosswalk.ToCatalog(m, new DiagnosticBag());
        Assert.Equal("85000002", hub.Identifiers.Single(i => i.Type == IdentifierType.Lccn).Value);
        Assert.Equal("   85000002 ", crosswalk.FromCatalog(hub, new DiagnosticBag()).DataFields("010").Single()['a']);
    }
}
