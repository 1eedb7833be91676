using Exporter.Formats.Marc.Crosswalk;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// The 245 second indicator from MARC 21 Appendix F's initial articles, by the title's language. Sources, mining half:
/// folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 3247314 (245 13 $a Yr ymarfer o dduioldeb, 008 wel), 001 9691888
/// (245 04 $a The Voyager golden record, 008 mul); traject/test_data.utf8.mrc 001 2003546302 (245 13 $a al-Ḥarb fī
/// al-alfīyah al-thālithah, 008 ara); marc4j/OCLC_814388508.xml 001 ocn814388508 (245 03 $a Hē agora stē Mesogeio, 008 gre).
/// </summary>
public class NonFilingTests
{
    [Theory]
    [InlineData("Yr ymarfer o dduioldeb yn cyfarwyddo", "wel", '3')]
    [InlineData("The Voyager golden record", "mul", '4')]
    [InlineData("al-Ḥarb fī al-alfīyah al-thālithah", "ara", '3')]
    [InlineData("Hē agora stē Mesogeio", "gre", '3')]
    [InlineData("The Voyager golden record", "chi", '0')]     // no articles listed for the language
    [InlineData("Die Hard", "eng", '0')]                       // an article of another language
    [InlineData("Het achterhuis", "dut", '4')]
    public void Articles_by_language(string title, string language, char expected) => Assert.Equal(expected, NonFiling.Indicator(title, language));
}
