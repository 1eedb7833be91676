using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// The 300 split (issue #13). Sources, mining half of tests/data/corpus/marc: folio-srm/CornellFOLIOExemplars_Bibs.mrc
/// 001 788038 (300 $a microfilm reels : $b illustrations ; $c 35 mm + $e 1 guide (8 v.)) and 001 1735560
/// (300 $a vii, 192 p. $b illus., map. $c 21 cm., minimal punctuation between subfields).
/// </summary>
public class ExtentStatementTests
{
    private static string Show(IEnumerable<Subfield> subs) => string.Concat(subs.Select(s => "$" + s.Code + s.Value));

    [Fact]
    public void Cornell_788038_splits_at_colon_semicolon_and_plus()
    {
        Assert.Equal("$amicrofilm reels :$billustrations ;$c35 mm +$e1 guide (8 v.)", Show(ExtentStatement.Split("microfilm reels : illustrations ; 35 mm + 1 guide (8 v.)", isbd: true)));
        Assert.Equal("$amicrofilm reels$billustrations$c35 mm$e1 guide (8 v.)", Show(ExtentStatement.Split("microfilm reels : illustrations ; 35 mm + 1 guide (8 v.)", isbd: false)));
    }

    [Theory]
    [InlineData("v. ; 25 cm.", "$av.$c25 cm.")]                     // Cornell 001 1579067: no $b
    [InlineData("160 pages", "$a160 pages")]                       // a bare count stays whole
    [InlineData("xii, 160 p. : ill.", "$axii, 160 p.$bill.")]
    [InlineData("1 score (8 p.) ; 52 cm", "$a1 score (8 p.)$c52 cm")]
    public void Only_the_isbd_separators_split(string text, string expected) => Assert.Equal(expected, Show(ExtentStatement.Split(text, isbd: false)));

    [Fact]
    public void Cornell_1735560_reads_back_with_the_separators_it_lacks()
    {
        var f = new DataField("300", ' ', ' ', new Subfield('a', "vii, 192 p."), new Subfield('b', "illus., map."), new Subfield('c', "21 cm."));
        Assert.Equal("vii, 192 p. : illus., map. ; 21 cm.", ExtentStatement.Join(f, isbd: true));
        Assert.Equal("$avii, 192 p.$billus., map.$c21 cm.", Show(ExtentStatement.Split(ExtentStatement.Join(f, isbd: true), isbd: false)));
    }

    [Theory]
    [InlineData("a :  b")]
    [InlineData(" \u0001 x ; y")]
    [InlineData("a: : b ; ")]
    public void Without_isbd_split_and_join_are_inverses(string text)
    {
        var f = new DataField("300", ' ', ' ', ExtentStatement.Split(text, isbd: false));
        Assert.Equal(text, ExtentStatement.Join(f, isbd: false));
    }

    [Fact]
    public void Isbd_punctuated_subfields_are_not_doubled()
    {
        var f = new DataField("300", ' ', ' ', new Subfield('a', "microfilm reels :"), new Subfield('b', "illustrations ;"), new Subfield('c', "35 mm +"), new Subfield('e', "1 guide (8 v.)"));
        Assert.Equal("microfilm reels : illustrations ; 35 mm + 1 guide (8 v.)", ExtentStatement.Join(f, isbd: true));
    }
}
