using Exporter.Formats.Rdf.Bibframe;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

public sealed class BibframeTextTests
{
    [Theory]
    [InlineData("The amazing adventures of Kavalier and Clay :", "The amazing adventures of Kavalier and Clay")]
    [InlineData("a novel /", "a novel")]
    [InlineData("Chabon, Michael.", "Chabon, Michael")]
    [InlineData("Smith, J.", "Smith, J.")]
    [InlineData("639 p. ;", "639 p.")]
    [InlineData("  two   spaces ", "two spaces")]
    [InlineData("(unbalanced", "unbalanced")]
    [InlineData(" ; ", null)]
    public void Chop_removes_trailing_isbd_punctuation_but_keeps_initials_and_abbreviations(string value, string? expected) =>
        Assert.Equal(expected, BibframeText.Chop(value));

    [Theory]
    [InlineData("plain words", "plain words")]
    [InlineData("\t tab,\nline  and\r\n crlf  ", "tab, line and crlf")]
    [InlineData(" \u00A0\u2003 ", "")]
    [InlineData("no\u00A0break", "no break")]
    public void Fold_makes_every_white_space_run_one_space_and_trims(string value, string expected) =>
        Assert.Equal(expected, BibframeText.Fold(value));

    [Fact]
    public void Fold_handles_values_longer_than_its_stack_buffer()
    {
        var words = Enumerable.Range(0, 120).Select(i => "w" + i).ToArray();
        var value = "  " + string.Join(" \t\n ", words) + "\n";

        Assert.True(value.Length > 256);
        Assert.Equal(string.Join(' ', words), BibframeText.Fold(value));
    }

    [Fact]
    public void IsFolded_answers_what_a_test_of_every_character_answers_for_every_white_space_character_and_seeded_text()
    {
        var whiteSpace = Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray();
        Assert.Contains('\u3000', whiteSpace);
        foreach (var w in whiteSpace)
        {
            foreach (var value in new[] { $"{w}", $"a{w}", $"{w}a", $"a{w}b", $"a {w}b", $"a{w} b", $"ab{w}{w}cd" })
                Assert.True(IsFoldedByEveryCharacter(value) == BibframeText.IsFolded(value), $"U+{(int)w:X4} in '{value}'");
        }

        const string alphabet = "ab c\t\n\u00A0\u2003\u3000\u0085.,\u00e9\u4e2d\u001f";
        var random = new Random(20261207);
        for (var n = 0; n < 5000; n++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = random.Next(3) == 0 ? alphabet[random.Next(alphabet.Length)] : 'x';
            var value = new string(chars);
            Assert.True(IsFoldedByEveryCharacter(value) == BibframeText.IsFolded(value), $"'{value}'");
            if (BibframeText.IsFolded(value)) Assert.Same(value, BibframeText.Fold(value));
            else Assert.True(IsFoldedByEveryCharacter(BibframeText.Fold(value)));
        }
    }

    /// <summary>The rule <see cref="BibframeText.IsFolded"/> follows, one character at a time (its former code).</summary>
    private static bool IsFoldedByEveryCharacter(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsWhiteSpace(c)) continue;
            if (c != ' ' || i == 0 || i == value.Length - 1 || value[i + 1] == ' ') return false;
        }

        return true;
    }

    [Fact]
    public void JoinSpace_folds_each_value_and_skips_empty_ones() =>
        Assert.Equal("a b c d e", BibframeText.JoinSpace(["", " a ", "  ", "b", "c\t\t d", "e\n"]));

    [Fact]
    public void JoinSpace_of_nothing_is_empty() => Assert.Equal("", BibframeText.JoinSpace([" ", ""]));
}
