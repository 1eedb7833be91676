using Exporter.Publishing;
using Exporter.Tests.Support;

namespace Exporter.Tests.Publishing;

public class ExternalSorterTests
{
    [Theory]
    [InlineData(1000, 1000)]
    [InlineData(1000, 7)]
    [InlineData(1, 1)]
    [InlineData(0, 3)]
    public void Gives_every_line_in_ordinal_order_whatever_the_runs(int count, int runLength)
    {
        using var dir = new TempDir();
        var random = new Random(42);
        var lines = Enumerable.Range(0, count).Select(_ => random.Next(0, 300).ToString("D4", System.Globalization.CultureInfo.InvariantCulture) + "\u00e9\u001Fx").ToList();
        using var sorter = new ExternalSorter(dir.Path, "t", runLength);
        foreach (var l in lines) sorter.Add(l);
        Assert.Equal(count, sorter.Count);
        Assert.Equal(lines.Order(StringComparer.Ordinal), sorter.Sorted());
        if (runLength < count) Assert.NotEmpty(Directory.GetFiles(dir.Path, "t-*.run"));
    }

    [Theory]
    [InlineData(1000, 7, 4)]
    [InlineData(1000, 7, 2)]
    [InlineData(50, 5, 10)]
    [InlineData(55, 5, 10)]
    public void Merges_at_most_fan_in_runs_at_once_and_still_gives_every_line_in_order(int count, int runLength, int fanIn)
    {
        using var dir = new TempDir();
        var random = new Random(7);
        var lines = Enumerable.Range(0, count).Select(_ => random.Next(0, 400).ToString("D4", System.Globalization.CultureInfo.InvariantCulture)).ToList();
        using var sorter = new ExternalSorter(dir.Path, "t", runLength, fanIn);
        foreach (var l in lines) sorter.Add(l);
        Assert.True(Directory.GetFiles(dir.Path, "t-*.run").Length > fanIn || count <= runLength * fanIn);
        using var sorted = sorter.Sorted().GetEnumerator();
        var got = new List<string>();
        Assert.True(sorted.MoveNext());
        Assert.InRange(Directory.GetFiles(dir.Path, "t-*.run").Length, 1, fanIn);   // the last merge reads at most fanIn runs
        got.Add(sorted.Current);
        while (sorted.MoveNext()) got.Add(sorted.Current);
        Assert.Equal(lines.Order(StringComparer.Ordinal), got);
    }

    [Fact]
    public void Deletes_its_run_files_after_a_merge_in_passes()
    {
        using var dir = new TempDir();
        using (var sorter = new ExternalSorter(dir.Path, "t", 1, 2))
        {
            foreach (var l in new[] { "c", "b", "a", "d", "e", "a" }) sorter.Add(l);
            Assert.Equal(["a", "a", "b", "c", "d", "e"], sorter.Sorted());
        }

        Assert.Empty(Directory.GetFiles(dir.Path));
    }

    [Fact]
    public void Deletes_its_run_files()
    {
        using var dir = new TempDir();
        using (var sorter = new ExternalSorter(dir.Path, "t", 2))
        {
            foreach (var l in new[] { "c", "b", "a", "d", "e" }) sorter.Add(l);
            Assert.Equal(["a", "b", "c", "d", "e"], sorter.Sorted());
        }

        Assert.Empty(Directory.GetFiles(dir.Path));
    }
}
