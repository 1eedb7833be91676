using Exporter.Tests.Support;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class XmlCharSanitizerTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("tab\tlf\ncr\r", "tab\tlf\ncr\r")]
    [InlineData("nul\u0000", "nul\uFFFD")]
    [InlineData("\u001F\u007F", "\uFFFD\u007F")]
    [InlineData("astral\U0001F600ok", "astral\U0001F600ok")]
    [InlineData("nonchars\uFFFE\uFFFF", "nonchars\uFFFD\uFFFD")]
    [InlineData("<&>\"", "<&>\"")]
    public void Replaces_exactly_what_xml_1_0_forbids(string input, string expected)
    {
        var clean = XmlCharSanitizer.Clean(input, out var changes);
        Assert.Equal(expected, clean);
        Assert.Equal(input != expected, (changes & XmlCharSanitizer.Changes.IllegalReplaced) != 0);
    }

    [Fact]
    public void Lone_surrogates_are_replaced_one_for_one()
    {
        // Not [InlineData]: xUnit's test-case serialization cannot carry lone surrogates.
        Assert.Equal("lone\uFFFDhigh", XmlCharSanitizer.Clean("lone\uD800high", out _));
        Assert.Equal("lone\uFFFDlow", XmlCharSanitizer.Clean("lone\uDC00low", out _));
        Assert.Equal("swapped\uFFFD\uFFFD", XmlCharSanitizer.Clean("swapped\uDC00\uD800", out _));
        Assert.Equal("end\uFFFD", XmlCharSanitizer.Clean("end\uD83D", out var changes));
        Assert.Equal(XmlCharSanitizer.Changes.IllegalReplaced, changes);
    }

    [Fact]
    public void Unchanged_text_is_returned_as_the_same_instance()
    {
        var s = "Lenin \u00e0 Staline \U0001F600";
        Assert.Same(s, XmlCharSanitizer.Clean(s, out var changes));
        Assert.Equal(XmlCharSanitizer.Changes.None, changes);
    }

    [Fact]
    public void First_illegal_fast_path_agrees_with_the_character_loop() =>
        HostileStrings.Check(s => Assert.Equal(SlowFirstIllegal(s), XmlCharSanitizer.FirstIllegal(s)));

    /// <summary>The loop FirstIllegal ran before its vectorized scan.</summary>
    private static int SlowFirstIllegal(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c < 0xD800) continue;
            if (c is '\t' or '\n' or '\r') continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            if (c >= 0xE000 && c <= 0xFFFD) continue;
            return i;
        }

        return -1;
    }
}
