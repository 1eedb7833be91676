using Exporter.Formats.Marc.Crosswalk;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Corporate names split into $a and subordinate units $b, first indicator 1 for a jurisdiction. Sources, mining half:
/// folio-srm/CornellFOLIOExemplars_Bibs.mrc (110 2 $a Cornell University. $b Graduate School.; 110 1 $a Pennsylvania.),
/// traject/880_with_no_6.utf8.marc (110 1 $a Soviet Union. $b Glavnoe arkhivnoe upravlenie.),
/// marc-perl/record_title_proper.usmarc 001 1665456 (610 20 $a Labour Party (Great Britain)) and marc4j/bad_leaders_10_11.mrc
/// 001 2600772 (610 20 $a Kunstsammlung Nordrhein-Westfalen (Germany)): a body's name of several words qualified by a place.
/// </summary>
public class CorporateNamePartsTests
{
    private static string Show(string name)
    {
        var parts = CorporateNameParts.Split(name);
        return CorporateNameParts.Indicator1(parts) + string.Concat(parts.Select(s => "$" + s.Code + s.Value));
    }

    [Theory]
    [InlineData("Cornell University. Graduate School", "2$aCornell University$bGraduate School")]
    [InlineData("Massachusetts. Department of Public Welfare", "1$aMassachusetts$bDepartment of Public Welfare")]
    [InlineData("United States. Congress. House", "1$aUnited States$bCongress$bHouse")]
    [InlineData("Pennsylvania", "1$aPennsylvania")]
    [InlineData("U.S. Army Corps of Engineers", "2$aU.S. Army Corps of Engineers")]
    [InlineData("Smith & Co. Ltd", "2$aSmith & Co. Ltd")]
    [InlineData("West Publishing Company", "2$aWest Publishing Company")]
    [InlineData("Boston Symphony Orchestra", "2$aBoston Symphony Orchestra")]
    [InlineData("Cleveland (Ohio). City Plan Commission", "1$aCleveland (Ohio)$bCity Plan Commission")]
    [InlineData("Labour Party (Great Britain)", "2$aLabour Party (Great Britain)")]
    [InlineData("Kunstsammlung Nordrhein-Westfalen (Germany)", "2$aKunstsammlung Nordrhein-Westfalen (Germany)")]
    public void Units_and_jurisdictions(string name, string expected) => Assert.Equal(expected, Show(name));
}
