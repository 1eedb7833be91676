using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Tools.CataloguingAgreement;

namespace Exporter.Tests.Tools.CataloguingAgreement;

public class CorpusSplitTests
{
    private static MarcRecord Record(string? id, string title) =>
        new(Leader.Default, [.. (id is null ? Array.Empty<MarcField>() : [new ControlField("001", id)]), new DataField("245", '0', '0', new Subfield('a', title))]);

    [Fact]
    public void The_half_of_a_file_is_fixed_by_its_path()
    {
        // SHA-256("marc4j/chabon.mrc") and SHA-256("yaz/marc1.marc"): first bytes decide; the rule must not drift
        Assert.Equal(CorpusSplit.HalfOf("marc4j/chabon.mrc"), CorpusSplit.HalfOf("marc4j\\chabon.mrc"));
        var halves = new[] { "a.mrc", "b.mrc", "c.mrc", "d.mrc", "e.mrc", "f.mrc", "g.mrc", "h.mrc" }.Select(CorpusSplit.HalfOf).ToList();
        Assert.Contains(CorpusHalf.Mining, halves);
        Assert.Contains(CorpusHalf.HeldOut, halves);
    }

    [Fact]
    public void Key_is_001_with_003_or_a_content_hash()
    {
        Assert.Equal("001:ocm123", CorpusSplit.Key(Record(" ocm123 ", "A")));
        var with003 = Record("123", "A") with { AllFields = [new ControlField("001", "123"), new ControlField("003", "DLC")] };
        Assert.Equal("001:DLC/123", CorpusSplit.Key(with003));
        Assert.StartsWith("sha256:", CorpusSplit.Key(Record(null, "A")), StringComparison.Ordinal);
        Assert.NotEqual(CorpusSplit.Key(Record(null, "A")), CorpusSplit.Key(Record(null, "B")));
        Assert.Equal(CorpusSplit.Key(Record(null, "A")), CorpusSplit.Key(Record(null, "A")));
    }

    [Fact]
    public void A_record_also_in_a_mining_file_is_not_held_out()
    {
        var mining = Enumerable.Range(0, 50).Select(i => "m" + i + ".mrc").First(f => CorpusSplit.HalfOf(f) == CorpusHalf.Mining);
        var held = Enumerable.Range(0, 50).Select(i => "h" + i + ".mrc").First(f => CorpusSplit.HalfOf(f) == CorpusHalf.HeldOut);
        var records = new[]
        {
            new CorpusRecord(held, 0, Record("1", "shared"), "001:1"),
            new CorpusRecord(held, 1, Record("2", "only held"), "001:2"),
            new CorpusRecord(held, 2, Record("2", "duplicate"), "001:2"),
            new CorpusRecord(mining, 0, Record("1", "shared"), "001:1"),
        };
        var (m, h, shared) = CorpusSplit.Split(records);
        Assert.Equal(["001:1"], m.Select(r => r.Key));
        Assert.Equal(["001:2"], h.Select(r => r.Key));
        Assert.Equal("only held", ((DataField)h[0].Record["245"]!)['a']);
        Assert.Equal(1, shared);
    }
}
