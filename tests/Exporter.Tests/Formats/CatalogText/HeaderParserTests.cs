using Exporter.Formats.CatalogText;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.CatalogText;

/// <summary>
/// <see cref="HeaderParser.TrySplit"/> answers most lines without the regular expressions (a line without a colon, one
/// colon and no second label); held here to the grammar's two patterns applied in full, the way it read every line
/// before: <see cref="CatalogTextSyntax.LabelLine"/> on the line, then <see cref="CatalogTextSyntax.SecondLabel"/>'s
/// split and <see cref="CatalogTextSyntax.LabelLine"/> on each part.
/// </summary>
public class HeaderParserTests
{
    private const char Nbsp = '\u00a0';

    [Fact]
    public void Every_line_of_the_examples_splits_as_the_patterns_say()
    {
        var lines = Directory.GetFiles(TestEnvironment.Examples, "*.txt")
            .SelectMany(File.ReadAllLines)
            .ToList();
        Assert.True(lines.Count > 100);
        foreach (var line in lines) AssertSame(line);
    }

    [Fact]
    public void Edge_lines_split_as_the_patterns_say()
    {
        string[] lines =
        [
            "", ":", ": x", "A:", "A:" + Nbsp, "A: x", "A:" + Nbsp + "x", "a: x", "Ab Cd Ef Gh: x", "Ab Cd Ef Gh Ij: x",
            "Publisher:  Monad Press", "Publisher:" + Nbsp + " Monad Press: Toronto", "Year Published:  1973   First Published:  1937",
            "Year Published:" + Nbsp + " 1973 " + Nbsp + " First Published:" + Nbsp + " 1937",
            "Old Year Published:" + Nbsp + " 1999", "Old Publisher:  X", "X Pages:  12", "Unknown Pages:" + Nbsp + "12",
            "Unknown Label:  value", "Unknown Label:" + Nbsp + " value", "Note:  a: b", "Note:  Edition: 2",
            "Place:  London Pages:  12", "PLACE PUBLISHED:  Paris", "Cx No:  CX1", "Title: A Subtitle", "Table of Contents",
            "Year Published:  1973  Edition:  2nd  Pages:  12", "Published:" + Nbsp, "Responsibility:\tby X",
        ];
        foreach (var line in lines) AssertSame(line);
    }

    [Fact]
    public void Generated_lines_split_as_the_patterns_say()
    {
        var random = new Random(17);
        string[] words =
        [
            .. CatalogTextSyntax.Labels, .. CatalogTextSyntax.Aliases.Keys, "Old", "x", "a", "Zz", "12", "[1999?]", ":", ": ", ":" + Nbsp,
            " ", "  ", Nbsp.ToString(), "\t", "Pages", "Edition", "Publisher", "First", "Published",
        ];
        for (var i = 0; i < 20_000; i++)
        {
            var count = random.Next(1, 8);
            var line = string.Concat(Enumerable.Range(0, count).Select(_ => words[random.Next(words.Length)]));
            AssertSame(line);
        }
    }

    private static void AssertSame(string text)
    {
        var line = new TextLine(text, false, 1);
        var expected = Reference(text, out var expectedPairs);
        var actual = HeaderParser.TrySplit(line, out var pairs);
        Assert.True(expected == actual, $"'{text}': expected {expected}, was {actual}");
        Assert.Equal(expectedPairs, pairs);
    }

    private static bool Reference(string text, out List<(string Label, string Value)> pairs)
    {
        pairs = [];
        var m = CatalogTextSyntax.LabelLine().Match(text);
        if (!m.Success) return false;
        var label = m.Groups[1].Value;
        if (!CatalogTextSyntax.IsKnownLabel(label) && !text[(label.Length + 1)..].StartsWith(Nbsp)) return false;
        foreach (var part in CatalogTextSyntax.SecondLabel().Split(text))
        {
            var pm = CatalogTextSyntax.LabelLine().Match(part);
            if (pm.Success) pairs.Add((CatalogTextSyntax.Canonical(pm.Groups[1].Value), CatalogTextSyntax.TrimValue(pm.Groups[2].Value)));
        }

        return pairs.Count > 0;
    }

    [Fact]
    public void Labels_and_aliases_read_in_any_case_and_others_stay_as_written()
    {
        Assert.Equal("Place Published", CatalogTextSyntax.Canonical("place"));
        Assert.Equal("Place Published", CatalogTextSyntax.Canonical("PLACE PUBLISHED"));
        Assert.Equal("Cx Number", CatalogTextSyntax.Canonical("cx no"));
        Assert.Equal("Statement of Responsibility", CatalogTextSyntax.Canonical("Responsibility"));
        Assert.Equal("Shelf Mark", CatalogTextSyntax.Canonical("Shelf Mark"));
        Assert.True(CatalogTextSyntax.IsKnownLabel("isbn"));
        Assert.True(CatalogTextSyntax.IsKnownLabel("Abstract"));
        Assert.False(CatalogTextSyntax.IsKnownLabel("abstract")); // Abstract and Description are body labels, case-sensitive
        Assert.False(CatalogTextSyntax.IsKnownLabel("Shelf Mark"));
    }

    [Fact]
    public void A_line_holding_only_spaces_and_no_break_spaces_is_blank_unless_escaped()
    {
        Assert.True(new TextLine(" \u00a0\t ", false, 1).IsBlank);
        Assert.True(new TextLine("", false, 1).IsBlank);
        Assert.False(new TextLine(" \u00a0", true, 1).IsBlank);
        Assert.False(new TextLine(" x ", false, 1).IsBlank);
        Assert.True(new TextLine("\u00a0Table of Contents ", false, 1).Is(CatalogTextSyntax.ContentsHeading));
        Assert.False(new TextLine("Table of Contents", true, 1).Is(CatalogTextSyntax.ContentsHeading));
    }
}
