using Exporter.Formats.Marc.Crosswalk;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// Personal names split into $a $q $d. Source, mining half: folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 1913668
/// (600 10 $a García Lorca, Federico, $d 1898-1936).
/// </summary>
public class PersonalNamePartsTests
{
    private static string Show(string name) => string.Concat(PersonalNameParts.Split(name).Select(s => "$" + s.Code + s.Value));

    [Theory]
    [InlineData("García Lorca, Federico, 1898-1936", "$aGarcía Lorca, Federico$d1898-1936")]
    [InlineData("Serge, Victor, 1890-1947", "$aSerge, Victor$d1890-1947")]
    [InlineData("Sabin, Margery, 1940-", "$aSabin, Margery$d1940-")]
    [InlineData("Smith, J. R. (John Robert), 1900-1980", "$aSmith, J. R.$q(John Robert)$d1900-1980")]
    [InlineData("Justinian I, Emperor of the East, 483?-565", "$aJustinian I, Emperor of the East$d483?-565")]
    [InlineData("Homer, fl. 850 B.C.", "$aHomer, fl. 850 B.C.")]
    [InlineData("Serge, Victor", "$aSerge, Victor")]
    [InlineData("Smith, John (John Henry)", "$aSmith, John$q(John Henry)")]
    [InlineData("Austen, Jane, 1775-1817.", "$aAusten, Jane$d1775-1817.")]
    public void Dates_and_fuller_forms_get_their_own_subfields(string name, string expected) => Assert.Equal(expected, Show(name));
}
