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
    public void SpaceJoiner_folds_each_value_and_skips_empty_ones() =>
        Assert.Equal("a b c d e", Join(["", " a ", "  ", "b", "c\t\t d", "e\n"]));

    [Fact]
    public void SpaceJoiner_of_nothing_is_empty() => Assert.Equal("", Join([" ", ""]));

    private static string Join(string[] values)
    {
        var joined = new SpaceJoiner();
        foreach (var v in values) joined.Add(v);
        return joined.ToString();
    }

    /// <summary>The obvious fold: split at every white space character, drop the empty pieces, join with one space.</summary>
    private static string FoldBySplitting(string value) =>
        string.Join(' ', value.Split(value.Where(char.IsWhiteSpace).Distinct().ToArray(), StringSplitOptions.RemoveEmptyEntries));

    private static readonly char[] Alphabet = ['a', 'b', ' ', ' ', ' ', '\t', '\n', '\r', '\u00A0', '\u0085', '\u2003', '\u3000', '\u001F', '\u0084', '\u00E9', '\u4E2D', '.'];

    [Fact]
    public void Fold_and_its_fault_search_agree_with_the_obvious_fold_on_seeded_strings_short_and_long()
    {
        var random = new Random(20261207);
        for (var n = 0; n < 20000; n++)
        {
            var length = random.Next(4) == 0 ? random.Next(BibframeText.VectorisedFrom, 700) : random.Next(0, 2 * BibframeText.VectorisedFrom);
            var chars = new char[length];
            var sparse = random.Next(3) == 0;                                     // long clean stretches, few faults (the 520 case)
            for (var i = 0; i < length; i++) chars[i] = sparse && random.Next(40) != 0 ? (random.Next(6) == 0 ? ' ' : 'x') : Alphabet[random.Next(Alphabet.Length)];
            if (sparse) for (var i = 1; i < length; i++) if (chars[i] == ' ' && chars[i - 1] == ' ' && random.Next(4) != 0) chars[i] = 'y';
            var value = new string(chars);

            var expected = FoldBySplitting(value);
            Assert.Equal(expected, BibframeText.Fold(value));
            Assert.Equal(BibframeText.FirstFaultByScan(value), BibframeText.FirstFault(value));
            Assert.Equal(expected == value, BibframeText.FirstFault(value) < 0);
        }
    }

    [Theory]
    [InlineData(" leading")]
    [InlineData("trailing ")]
    [InlineData("a \u00A0b")]
    [InlineData("a\u00A0 b")]
    [InlineData("a  b")]
    [InlineData("a \u2003 \t b")]
    public void Fold_of_long_values_with_one_fault_anywhere_is_the_obvious_fold(string core)
    {
        foreach (var pad in new[] { 0, 1, 63, 64, 65, 200 })
        {
            var filler = string.Concat(Enumerable.Repeat("word ", pad / 5 + 1))[..pad].TrimEnd();
            foreach (var value in new[] { filler + "x" + core + "y" + filler, core + filler, filler + core })
            {
                Assert.Equal(FoldBySplitting(value), BibframeText.Fold(value));
                Assert.Equal(BibframeText.FirstFaultByScan(value), BibframeText.FirstFault(value));
            }
        }
    }

    [Fact]
    public void SpaceJoiner_joins_the_values_folded_by_splitting()
    {
        string[][] cases = [[], [""], [" a "], ["", " a ", "  ", "b", "c\t\t d", "e\n"], ["\u00A0x", "y\u3000"]];
        foreach (var values in cases)
        {
            Assert.Equal(string.Join(' ', values.Select(FoldBySplitting).Where(v => v.Length > 0)), Join(values));
        }
    }

    [Fact]
    public void SpaceJoiner_Join_takes_the_first_codes_values_then_the_seconds()
    {
        var f = new Exporter.Formats.Marc.Model.DataField("520", ' ', ' ', new('b', "two"), new('a', " one "), new('c', "no"), new('b', "three"));
        Assert.Equal("one two three", SpaceJoiner.Join(f, 'a', 'b'));
    }

    [Theory]
    [InlineData("(a) [b]", "(a) [b]")]
    [InlineData("a)", "a")]
    [InlineData("[a", "a")]
    [InlineData("; = a", "a")]
    [InlineData("=", null)]
    public void Chop_balances_brackets_and_drops_leading_separators(string value, string? expected) =>
        Assert.Equal(expected, BibframeText.Chop(value));
}
