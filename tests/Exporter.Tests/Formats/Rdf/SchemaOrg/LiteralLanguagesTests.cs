using Exporter.Formats.Rdf.SchemaOrg;

namespace Exporter.Tests.Formats.Rdf.SchemaOrg;

/// <summary>Which language tag a transcribed text gets (docs/mappings/schema-org.md, row language-tagged literals).</summary>
public class LiteralLanguagesTests
{
    [Theory]
    [InlineData("L'Étranger", "fre", "fr")]
    [InlineData("Voina i mir", "rus", "ru-latn")]
    [InlineData("Война и мир", "rus", "ru")]
    [InlineData("Ἰλιάς", "grc", "grc")]
    [InlineData("東京物語", "jpn", "ja")]
    [InlineData("こころ", "jpn", "ja")]
    [InlineData("吾輩は猫である", "jpn", "ja")]
    [InlineData("Kokoro", "jpn", "ja-latn")]
    [InlineData("Война and peace", "eng", "en")]
    [InlineData("1984", "eng", "en")]
    [InlineData("Moby-Dick", "haw", "haw")]
    [InlineData("x", null, null)]
    public void Tag(string text, string? language, string? expected) => Assert.Equal(expected, LiteralLanguages.Tag(text, language));

    [Theory]
    [InlineData(new[] { "fre" }, "fre")]
    [InlineData(new[] { "eng", "fre" }, null)]
    [InlineData(new string[0], null)]
    [InlineData(new[] { "und" }, null)]
    [InlineData(new[] { "zxx" }, null)]
    [InlineData(new[] { "mul" }, null)]
    [InlineData(new[] { "EN" }, null)]
    public void Record_language(string[] languages, string? expected) => Assert.Equal(expected, LiteralLanguages.RecordLanguage(languages));
}
