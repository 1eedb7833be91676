using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Model;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Rules of the MARC -> hub interpreter. Source, mining half: marc4j/pride-and-prejudice-fixed.mrc (020 $a with the
/// qualifier "(acid-free paper)" in $a, the older practice before $q).
/// </summary>
public class MarcRecordInterpreterTests
{
    private static CatalogRecord Read(params MarcField[] fields) =>
        new MarcCrosswalk().ToCatalog(new MarcRecord(new Leader("00000nam a2200000 i 4500"), [new DataField("245", '0', '0', new Subfield('a', "T")), .. fields]), new DiagnosticBag());

    [Theory]
    [InlineData("0-19-283355-X (acid-free paper) :")]
    [InlineData("019283355X (acid-free paper).")]
    public void The_qualifier_keeps_its_hyphen(string a)
    {
        var isbn = Read(new DataField("020", ' ', ' ', new Subfield('a', a))).Identifiers.Single(i => i.Type == IdentifierType.Isbn);
        Assert.Equal(("019283355X", "acid-free paper"), (isbn.Value, isbn.Qualifier));
    }

    [Fact]
    public void A_stated_date_is_kept_and_the_year_comes_from_it() =>
        Assert.Equal("c2002", Read(new DataField("260", ' ', ' ', new Subfield('a', "London :"), new Subfield('c', "c2002."))).DateOfPublication);
}
