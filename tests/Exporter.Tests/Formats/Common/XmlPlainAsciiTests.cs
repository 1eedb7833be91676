using System.Buffers;
using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

/// <summary>XmlPlainAscii.Narrow held to its obvious definition: a search for the first character not in the plain set, and a byte per character before it.</summary>
public sealed class XmlPlainAsciiTests
{
    private static readonly SearchValues<char> Plain = SearchValues.Create(
        [.. Enumerable.Range(' ', '~' - ' ' + 1).Select(i => (char)i).Where(c => c is not ('&' or '<' or '>' or '"'))]);

    [Fact]
    public void Every_character_ends_the_run_exactly_when_it_is_not_plain_wherever_it_stands()
    {
        foreach (var at in new[] { 0, 3, 15, 16, 17, 31, 33 })
        {
            for (var c = 0; c <= char.MaxValue; c++)
            {
                var chars = Enumerable.Range(0, 40).Select(i => (char)('a' + (i % 26))).ToArray();
                chars[at] = (char)c;
                AssertSameAsSearch(new string(chars));
            }
        }
    }

    [Fact]
    public void At_every_length_and_position_the_run_ends_at_the_first_character_that_is_not_plain()
    {
        const string edges = "&<>\"\u001f \u007e\u007f\u0080\u00ff\u0100\uffffa";
        for (var length = 0; length <= 50; length++)
        {
            AssertSameAsSearch(new string('p', length));
            for (var at = 0; at < length; at++)
            {
                foreach (var c in edges)
                {
                    var chars = Enumerable.Range(0, length).Select(i => (char)('A' + (i % 26))).ToArray();
                    chars[at] = c;
                    AssertSameAsSearch(new string(chars));
                }
            }
        }
    }

    [Fact]
    public void Seeded_random_text_of_mostly_plain_ascii_narrows_as_the_search_says()
    {
        const string rare = "&<>\"'\t\n\r\u0000\u001f\u007f\u0080\u00e9\u4e2d\uD83D\uDE00\uFFFE";
        var random = new Random(20261207);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++) chars[i] = random.Next(60) == 0 ? rare[random.Next(rare.Length)] : (char)random.Next(' ', '~' + 1);
            AssertSameAsSearch(new string(chars));
        }
    }

    private static void AssertSameAsSearch(string text)
    {
        var expected = text.AsSpan().IndexOfAnyExcept(Plain);
        if (expected < 0) expected = text.Length;
        var bytes = new byte[text.Length + 1];
        bytes[^1] = 0xAA;
        Assert.Equal(expected, XmlPlainAscii.Narrow(text, bytes));
        Assert.Equal(text[..expected].Select(c => (byte)c), bytes[..expected]);
        Assert.Equal(0xAA, bytes[^1]);
    }
}
