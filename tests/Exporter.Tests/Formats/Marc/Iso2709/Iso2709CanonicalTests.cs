using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Tests.Support;
using Xunit.Abstractions;

namespace Exporter.Tests.Formats.Marc.Iso2709;

/// <summary>
/// <see cref="MarcReadResult.IsCanonicalIso2709"/> lets the ISO 2709 encoder copy a record's bytes instead of encoding
/// it again: it must only ever be set when encoding would give those very bytes, and when the output needs no repair
/// (<see cref="Exporter.Formats.Marc.MarcOutputRepair"/>). NFC is part of it only when the reader normalises.
/// </summary>
public class Iso2709CanonicalTests(ITestOutputHelper output)
{
    private static readonly Iso2709ReaderOptions Permissive = new() { Strictness = MarcStrictness.Permissive };

    private static readonly Iso2709ReaderOptions Nfc = new() { Normalization = UnicodeNormalization.Nfc };

    private static void AssertCanonicalMeansSameBytes(Iso2709RawRecord raw, MarcReadResult result, string where, Iso2709ReaderOptions options)
    {
        var quick = Iso2709CanonicalCheck.IsCanonical(raw.Bytes, options, out var quickId) && raw.FramingDiagnostics.IsEmpty;
        Assert.True(!quick || result.IsCanonicalIso2709, $"{where}: the quick check says canonical, the parser does not");
        if (quick) Assert.Equal(result.RecordId, quickId);
        if (!result.IsCanonicalIso2709) return;
        Assert.NotNull(result.Record);
        Assert.Empty(result.Diagnostics);
        var encoded = Iso2709Writer.Encode(result.Record!);
        Assert.True(encoded.AsSpan().SequenceEqual(raw.Bytes), $"{where}: flagged canonical but re-encodes to other bytes");
        Assert.Same(result.Record, Exporter.Formats.Marc.MarcOutputRepair.Repair(result.Record!, xmlSchema: false, 0, Exporter.Diagnostics.NullDiagnostics.Instance));
    }

    [SkippableFact]
    public void In_the_corpus_a_canonical_record_always_encodes_to_its_own_bytes()
    {
        int records = 0, canonical = 0, quick = 0;
        foreach (var file in MarcCorpus.Iso2709Files())
        {
            foreach (var options in new[] { Iso2709ReaderOptions.Default, Permissive, Nfc })
            {
                using var stream = File.OpenRead(file);
                foreach (var raw in new Iso2709Framer(stream, options).ReadAll())
                {
                    var result = Iso2709Parser.Parse(raw, options);
                    records++;
                    if (result.IsCanonicalIso2709) canonical++;
                    if (Iso2709CanonicalCheck.IsCanonical(raw.Bytes, options, out _) && raw.FramingDiagnostics.IsEmpty) quick++;
                    AssertCanonicalMeansSameBytes(raw, result, $"{MarcCorpus.Name(file)} #{raw.Index}", options);
                }
            }
        }

        output.WriteLine($"{records} reads, {canonical} canonical, {quick} found by the quick check");
        Assert.True(quick >= canonical * 0.9, $"the quick check finds only {quick} of {canonical} canonical records");
        Assert.True(canonical > 500, $"only {canonical} canonical records: the fast path would never be taken");
        Assert.True(canonical < records, "every record canonical: the corpus's MARC-8 and damaged records should not be");
    }

    [Fact]
    public void Damaged_records_flagged_canonical_still_encode_to_their_own_bytes()
    {
        var source = File.ReadAllBytes(TestEnvironment.Fixture("Marc", "chabon.mrc"));
        var rng = new Random(20709);
        var flagged = 0;
        for (var i = 0; i < 3000; i++)
        {
            var bytes = MarcFuzzTests.Damage(source, rng);
            foreach (var options in new[] { Iso2709ReaderOptions.Default, Permissive })
            {
                foreach (var raw in new Iso2709Framer(new MemoryStream(bytes), options).ReadAll())
                {
                    var result = Iso2709Parser.Parse(raw, options);
                    if (result.IsCanonicalIso2709) flagged++;
                    AssertCanonicalMeansSameBytes(raw, result, $"iteration {i} #{raw.Index}", options);
                }
            }
        }

        Assert.True(flagged > 0, "no damaged input left any record canonical: the check above checked nothing");
    }

    [Fact]
    public void A_clean_utf8_record_is_canonical()
    {
        var record = new MarcRecordBuilder { Leader = new Leader("00000nam a2200000 a 4500") }.AddControl("001", "x1").AddData("245", '1', '0', new Subfield('a', "Caf\u00e9 titles")).Build();
        var bytes = Iso2709Writer.Encode(record);
        Assert.True(Iso2709Parser.Parse(bytes).IsCanonicalIso2709);
    }

    [Fact]
    public void Decomposed_text_is_canonical_in_pass_through_and_not_when_reading_normalises_it()
    {
        var record = new MarcRecordBuilder { Leader = new Leader("00000nam a2200000 a 4500") }.AddControl("001", "x1").AddData("245", '1', '0', new Subfield('a', "Cafe\u0301")).Build();
        var bytes = Iso2709Writer.Encode(record);
        var passThrough = Iso2709Parser.Parse(bytes);
        Assert.True(passThrough.IsCanonicalIso2709);
        Assert.True(Iso2709CanonicalCheck.IsCanonical(bytes, Iso2709ReaderOptions.Default, out _));
        Assert.Equal("Cafe\u0301", passThrough.Record!.DataFields("245").Single().Subfields[0].Value);

        var nfc = new Iso2709ReaderOptions { Normalization = UnicodeNormalization.Nfc };
        var result = Iso2709Parser.Parse(bytes, nfc);
        Assert.False(result.IsCanonicalIso2709);
        Assert.False(Iso2709CanonicalCheck.IsCanonical(bytes, nfc, out _));
        Assert.Equal("Caf\u00e9", result.Record!.DataFields("245").Single().Subfields[0].Value);
    }

    [Theory]
    [InlineData("00000nam a2200000 a 4504")]
    [InlineData("00000nam a2200000 a 45  ")]
    public void Leader_entry_map_other_than_4500_is_not_canonical_because_output_repairs_it(string leader)
    {
        var bytes = Iso2709Writer.Encode(new MarcRecordBuilder { Leader = new Leader("00000nam a2200000 a 4500") }.AddControl("001", "x1").Build());
        System.Text.Encoding.ASCII.GetBytes(leader[20..]).CopyTo(bytes, 20);
        Assert.False(Iso2709CanonicalCheck.IsCanonical(bytes, Iso2709ReaderOptions.Default, out _));
        Assert.False(Iso2709Parser.Parse(bytes).IsCanonicalIso2709);
    }

    [Fact]
    public void Marc8_records_and_fields_out_of_directory_order_are_not_canonical()
    {
        var record = new MarcRecordBuilder { Leader = new Leader("00000nam a2200000 a 4500") }.AddControl("001", "x1").AddControl("003", "DLC").AddData("245", '1', '0', new Subfield('a', "T")).Build();
        var marc8 = Iso2709Writer.Encode(record, new Iso2709WriterOptions { Encoding = Iso2709OutputEncoding.Marc8 });
        Assert.False(Iso2709Parser.Parse(marc8).IsCanonicalIso2709);

        var swapped = Iso2709Writer.Encode(record);
        var dir = swapped.AsSpan(24, 24).ToArray(); // swap the first two directory entries: data no longer in directory order
        dir.AsSpan(12, 12).CopyTo(swapped.AsSpan(24));
        dir.AsSpan(0, 12).CopyTo(swapped.AsSpan(36));
        var result = Iso2709Parser.Parse(swapped);
        Assert.NotNull(result.Record);
        Assert.Empty(result.Diagnostics);
        Assert.False(result.IsCanonicalIso2709);
    }
}
