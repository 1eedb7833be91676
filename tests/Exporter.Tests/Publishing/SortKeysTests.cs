using Exporter.Publishing;

namespace Exporter.Tests.Publishing;

public class SortKeysTests
{
    [Theory]
    [InlineData("\u00c9mile Zola", "emile zola")]
    [InlineData("  \"Quoted\" -- Title!", "quoted title")]
    [InlineData("Stra\u00dfe", "stra\u00dfe")]
    [InlineData("", "")]
    public void Folds_case_accents_and_punctuation(string text, string key) => Assert.Equal(key, SortKeys.Of(text));

    [Fact]
    public void Accented_and_plain_sort_together_case_free() =>
        Assert.Equal(["apple", "\u00c9clair", "eclipse", "Zebra"], new[] { "Zebra", "eclipse", "\u00c9clair", "apple" }.OrderBy(SortKeys.Of, StringComparer.Ordinal));
}
