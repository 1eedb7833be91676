using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class MarcScriptTagsTests
{
    [Theory]
    [InlineData("245-01/(3/r", "ara", "ar-Arab")]
    [InlineData("100-01/(N", "rus", "ru-Cyrl")]
    [InlineData("245-01/$1", "jpn", "ja-Jpan")]
    [InlineData("245-01/$1", "chi", "zh-Hani")]
    [InlineData("245-01/$1", "kor", "ko-Kore")]
    [InlineData("245-01/(2/r", "heb", "he-Hebr")]
    [InlineData("245-01/(N", "eng", "und-Cyrl")]   // an English record's Cyrillic form: not English
    [InlineData("245-01/(S", null, "und-Grek")]
    [InlineData("245-01", "fre", "fr")]            // no script named: the record's language
    [InlineData("245-01", null, null)]
    [InlineData("245-01", "und", null)]
    [InlineData(null, "ara", "ar")]
    public void Language_of_the_record_and_script_of_the_linkage(string? linkage, string? language, string? expected) =>
        Assert.Equal(expected, MarcScriptTags.Tag(linkage, language));
}
