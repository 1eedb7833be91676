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
    [InlineData("Moby-Dick", "latn")]                 // ASCII letters
    [InlineData("1984 -- 2001!", null)]               // ASCII without a letter
    [InlineData("", null)]
    [InlineData("L'Étranger", "latn")]                // Latin beyond ASCII
    [InlineData("Война и мир", "cyrl")]
    [InlineData("Война and peace", null)]             // two scripts, neither Han
    [InlineData("東京物語", "hani")]
    [InlineData("こころ", "jpan")]                     // kana alone
    [InlineData("吾輩は猫である", "jpan")]              // kanji with kana
    [InlineData("韓國 한국", "kore")]                   // hanja with hangul
    [InlineData("東京 Москва", null)]                  // Han with a script other than kana or hangul
    [InlineData("東京 こころ 한국", null)]              // three scripts
    [InlineData("Maldives ހ", null)]                  // a letter of a script the table does not know (Thaana)
    public void Script_of_the_letters(string text, string? expected) => Assert.Equal(expected, LiteralLanguages.ScriptOf(text));

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
