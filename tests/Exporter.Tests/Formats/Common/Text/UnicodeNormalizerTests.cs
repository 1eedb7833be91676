using Exporter.Formats.Common.Text;
using Exporter.Formats.Marc.Marc8;

namespace Exporter.Tests.Formats.Common.Text;

public sealed class UnicodeNormalizerTests
{
    // Expected forms from the Unicode standard's examples (UAX #15) and UnicodeData.txt decompositions.
    public static TheoryData<string, string, string> Cases => new()
    {
        { "abc", "abc", "abc" },
        { "e\u0301", "\u00E9", "e\u0301" },
        { "\u212B", "\u00C5", "A\u030A" }, // singleton
        { "\u1E0B\u0323", "\u1E0D\u0307", "d\u0323\u0307" }, // reordering, then composition
        { "q\u0307\u0323", "q\u0323\u0307", "q\u0323\u0307" },
        { "\uD55C", "\uD55C", "\u1112\u1161\u11AB" }, // Hangul
        { "\u1112\u1161\u11AB", "\uD55C", "\u1112\u1161\u11AB" },
        { "\u0344", "\u0308\u0301", "\u0308\u0301" }, // composition exclusion
        { "\u0301a", "\u0301a", "\u0301a" }, // leading non-starter blocks nothing after it
        { "a\uD800", "a\uD800", "a\uD800" }, // lone surrogate passes through
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Normalizes(string input, string nfc, string nfd)
    {
        Assert.Equal(nfc, UnicodeNormalizer.ToNfc(input));
        Assert.Equal(nfc, UnicodeNormalizer.ToNfc(input.AsSpan()));
        Assert.Equal(nfd, UnicodeNormalizer.ToNfd(input));
    }

    [Theory]
    [InlineData("abc", true)]
    [InlineData("\u4E2D\u6587 \u0416\u05D0", true)]
    [InlineData("e\u0301", false)]
    [InlineData("\u1100\u1161", false)]
    [InlineData("\u212B", false)]
    public void QuickCheck(string text, bool nfc) => Assert.Equal(nfc, UnicodeNormalizer.IsNfc(text));

    [Fact]
    public void LatinOneTextIsReturnedAsIs()
    {
        const string text = "Caf\u00E9 na\u00EFve";
        Assert.Same(text, UnicodeNormalizer.ToNfc(text));
    }

    [Fact]
    public void Normalizing_from_the_last_stable_starter_gives_the_same_as_normalizing_everything()
    {
        // Letters, precomposed and decomposed accents, marks of several classes, Hangul jamo and syllables, a
        // singleton, an exclusion, astral letters and lone surrogates, in random order: prefixes of all shapes.
        string[] pool = ["a", "e", "o", "Z", " ", "-", "\u00E9", "\u00C5", "\u0301", "\u0300", "\u0323", "\u0307", "\u0308", "\u0344",
            "\u212B", "\u1100", "\u1161", "\u11AB", "\uD55C", "\u0416", "\u4E2D", "\uD835\uDC00", "\uD800", "\u0340", "\u0958", "\u093C", "\u0915"];
        var rng = new Random(15);
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, rng.Next(1, 12)).Select(_ => pool[rng.Next(pool.Length)]));
            var whole = UnicodeNormalizer.NormalizeWhole(text, compose: true);
            Assert.Equal(whole, UnicodeNormalizer.ToNfc(text));
            Assert.Equal(whole, UnicodeNormalizer.ToNfc(text.AsSpan()));
            if (UnicodeNormalizer.IsNfc(text)) Assert.Equal(text, whole);
        }
    }
}
