using Exporter.Formats.Marc.Crosswalk;

namespace Exporter.Tests.Formats.Marc.Crosswalk;

/// <summary>
/// ISBD end punctuation (LC-PCC PS 1.7.1: a field ends with a mark of final punctuation, a period unless one is there).
/// Sources: examples/catalog.txt CX1005 (a Chinese summary ending in the ideographic full stop) and CX7118.
/// </summary>
public class IsbdTests
{
    [Theory]
    [InlineData("A fascinating, first-hand account of the Stalinist takeover in Russia", "A fascinating, first-hand account of the Stalinist takeover in Russia.")]
    [InlineData("Ends with a period.", "Ends with a period.")]
    [InlineData("Who killed the Pope?", "Who killed the Pope?")]
    [InlineData("A grim, gripping story!", "A grim, gripping story!")]
    [InlineData("清代长篇小说，以贾、史、王、薛四大家族为背景。", "清代长篇小说，以贾、史、王、薛四大家族为背景。")]
    [InlineData("何か？", "何か？")]
    [InlineData("2nd ed", "2nd ed.")]
    [InlineData("", ".")]
    public void Period_ends_a_value_unless_it_has_final_punctuation(string value, string expected) =>
        Assert.Equal(expected, Isbd.Period(value));
}
