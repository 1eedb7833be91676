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
    [InlineData("Justinian I, Emperor of the East, 483?-565", "$aJustinian$bI$cEmperor of the East$d483?-565")]
    [InlineData("Homer, fl. 850 B.C.", "$aHomer, fl. 850 B.C.")]
    [InlineData("Serge, Victor", "$aSerge, Victor")]
    [InlineData("Smith, John (John Henry)", "$aSmith, John$q(John Henry)")]
    [InlineData("Austen, Jane, 1775-1817.", "$aAusten, Jane$d1775-1817.")]
    public void Dates_and_fuller_forms_get_their_own_subfields(string name, string expected) => Assert.Equal(expected, Show(name));

    /// <summary>
    /// $b numeration, $c titles and other words, more forms of dates. Sources, mining half:
    /// folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 2139224 (600 10 $a Geddes, Patrick, $c Sir, $d 1854-1932.),
    /// 001 9916898 (600 10 $a Crescas, Ḥasdai, $d 1340-approximately 1410), 001 3247314 (100 1 $a Bayly, Lewis, $d -1631.);
    /// traject/test_data.utf8.mrc 001 2001417245 (600 00 $a Madhva $d 13th cent), 001 78908283 (600 00 $a Yaśodharā
    /// $c (Wife of Gautama Buddha)), 001 2008308201 (100 0 $a Bstan-ʼdzin-rgya-mtsho, $c Dalai Lama XIV),
    /// 001 92828023 (100 0 $a Israel Meir, $c ha-Kohen), 001 96933325 (100 1 $a Rajāyī, Farhang, $d 1952 or 3-),
    /// 001 2008308175 (600 00 $a Padma Sambhava, $d ca. 717-ca. 762); marc4j/selectedRecs.mrc 001 u3 (100 1
    /// $a Gontaut-Biron, Élie, $c vicomte de); marc4j/pride-and-prejudice-fixed.mrc record 321 (100 1 $a Austen, Jane
    /// $d (1775-1817), Polish practice); folio-srm 001 2139224 (600 17 $a Childs, Richard S $q (Richard Spencer)).
    /// </summary>
    [Theory]
    [InlineData("Geddes, Patrick, Sir, 1854-1932", "$aGeddes, Patrick$cSir$d1854-1932")]
    [InlineData("Crescas, Ḥasdai, 1340-approximately 1410", "$aCrescas, Ḥasdai$d1340-approximately 1410")]
    [InlineData("Bayly, Lewis, -1631", "$aBayly, Lewis$d-1631")]
    [InlineData("Madhva, 13th cent", "$aMadhva$d13th cent")]
    [InlineData("Yaśodharā (Wife of Gautama Buddha)", "$aYaśodharā$c(Wife of Gautama Buddha)")]
    [InlineData("Bstan-ʼdzin-rgya-mtsho, Dalai Lama XIV", "$aBstan-ʼdzin-rgya-mtsho$cDalai Lama XIV")]
    [InlineData("Israel Meir, ha-Kohen", "$aIsrael Meir$cha-Kohen")]
    [InlineData("Rajāyī, Farhang, 1952 or 3-", "$aRajāyī, Farhang$d1952 or 3-")]
    [InlineData("Padma Sambhava, ca. 717-ca. 762", "$aPadma Sambhava$dca. 717-ca. 762")]
    [InlineData("Gontaut-Biron, Élie, vicomte de", "$aGontaut-Biron, Élie$cvicomte de")]
    [InlineData("Austen, Jane, (1775-1817)", "$aAusten, Jane$d(1775-1817)")]
    [InlineData("Childs, Richard S (Richard Spencer), 1882-1978", "$aChilds, Richard S$q(Richard Spencer)$d1882-1978")]
    [InlineData("Napoleon I, Emperor of the French, 1769-1821", "$aNapoleon$bI$cEmperor of the French$d1769-1821")]
    public void Numeration_titles_and_dates_of_real_headings(string name, string expected) => Assert.Equal(expected, Show(name));

    /// <summary>
    /// Name-title headings (600 $t $n). Sources, mining half: marc4j/pride-and-prejudice-fixed.mrc 001 000703547 (600 10
    /// $a Austen, Jane, $d 1775-1817. $t Pride and prejudice.), marc4j/sample1.mrc 001 370607 (600 10 $a Mahler, Gustav,
    /// $d 1860-1911. $t Symphonies, $n no. 4.), traject/test_data.utf8.mrc 001 92828023 (600 10 $a Karo, Joseph ben
    /// Ephraim, $d 1488-1575. $t Oraḥ ḥayim.).
    /// </summary>
    [Theory]
    [InlineData("Austen, Jane, 1775-1817. Pride and prejudice", "$aAusten, Jane$d1775-1817$tPride and prejudice")]
    [InlineData("Mahler, Gustav, 1860-1911. Symphonies, no. 4", "$aMahler, Gustav$d1860-1911$tSymphonies$nno. 4")]
    [InlineData("Karo, Joseph ben Ephraim, 1488-1575. Oraḥ ḥayim", "$aKaro, Joseph ben Ephraim$d1488-1575$tOraḥ ḥayim")]
    [InlineData("Chalāriśeṣācārya. Mandopakāriṇī", "$aChalāriśeṣācārya$tMandopakāriṇī")]              // traject/test_data.utf8.mrc 700 02: a one-word name, then the title
    [InlineData("St. Louis", "$aSt. Louis")]                                                              // an abbreviation is no name
    [InlineData("Smith, J. R. (John Robert), 1900-1980", "$aSmith, J. R.$q(John Robert)$d1900-1980")]   // initials are no title
    [InlineData("Padma Sambhava, ca. 717-ca. 762", "$aPadma Sambhava$dca. 717-ca. 762")]                 // nor is "ca."
    public void A_title_after_the_name_is_t(string heading, string expected) =>
        Assert.Equal(expected, string.Concat(PersonalNameParts.SplitWithTitle(heading).Select(s => "$" + s.Code + s.Value)));
}
