using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Marc.Crosswalk;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>hub -> marc21 / marcxml / mrk bytes -> hub through the registered formats, equal on what MARC carries.</summary>
public class MarcFormatRoundTripTests
{
    public static TheoryData<string, int> FormatsAndExamples()
    {
        var data = new TheoryData<string, int>();
        foreach (var format in new[] { "marc21", "marcxml", "mrk" })
        {
            for (var i = 0; i < RecordFactory.Examples().Count; i++) data.Add(format, i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FormatsAndExamples))]
    public void Example_round_trips(string format, int index)
    {
        var record = RecordFactory.Examples()[index];
        var back = MarcFormatRunner.ReadHub(format, MarcFormatRunner.Encode(format, [record]));
        RecordAssert.Equal(MarcCrosswalkTests.Carried(record), Assert.Single(back));
    }

    [Theory]
    [InlineData("marc21")]
    [InlineData("marcxml")]
    [InlineData("mrk")]
    public void Every_example_in_one_file_round_trips_with_an_organization_code(string format)
    {
        var records = RecordFactory.Examples();
        var bytes = MarcFormatRunner.Encode(format, records, MarcFormatRunner.Write(new MarcWriteOptions { OrganizationCode = "XxExp" }));
        var back = MarcFormatRunner.ReadHub(format, bytes, new ReadOptions { Formats = FormatOptionBag.Empty.With(new MarcReadOptions { OrganizationCode = "XxExp" }) });
        Assert.Equal(records.Count, back.Count);
        for (var i = 0; i < records.Count; i++) RecordAssert.Equal(MarcCrosswalkTests.Carried(records[i]), back[i]);
    }

    /// <summary>
    /// The examples' MARC (minimal punctuation, the default, with an organization code) reads back through the hub to the
    /// same record (issue #13). ISBD output does not: a note's own final period cannot be told from the one ISBD adds.
    /// </summary>
    [Theory]
    [InlineData("marc21", MarcPunctuation.Minimal)]
    [InlineData("marcxml", MarcPunctuation.Minimal)]
    [InlineData("mrk", MarcPunctuation.Minimal)]
    public void Every_example_reads_back_to_the_same_record(string format, MarcPunctuation punctuation)
    {
        var records = RecordFactory.Examples();
        var write = MarcFormatRunner.Write(new MarcWriteOptions { OrganizationCode = "XxExp", Punctuation = punctuation });
        var back = MarcFormatRunner.ReadHub(format, MarcFormatRunner.Encode(format, records, write), new ReadOptions { Formats = FormatOptionBag.Empty.With(new MarcReadOptions { OrganizationCode = "XxExp" }) });
        Assert.Equal(records.Count, back.Count);
        for (var i = 0; i < records.Count; i++) RecordAssert.Equal(MarcCrosswalkTests.Carried(records[i]), back[i]);
    }

    /// <summary>
    /// With ISBD punctuation the examples' summaries, abstracts and reviews read back with their own final full stop
    /// ("...in Russia."); one that ends without a mark of final punctuation gets the period ISBD ends a note with, and keeps
    /// it; an ideographic full stop is one ("...背景。" stays as it is).
    /// </summary>
    [Theory]
    [InlineData("marc21")]
    [InlineData("marcxml")]
    [InlineData("mrk")]
    public void Isbd_examples_keep_the_final_full_stop_of_their_summaries(string format)
    {
        var records = RecordFactory.Examples();
        var write = MarcFormatRunner.Write(new MarcWriteOptions { OrganizationCode = "XxExp", Punctuation = MarcPunctuation.Isbd });
        var back = MarcFormatRunner.ReadHub(format, MarcFormatRunner.Encode(format, records, write), new ReadOptions { Formats = FormatOptionBag.Empty.With(new MarcReadOptions { OrganizationCode = "XxExp" }) });
        Assert.Contains(records, r => r.Description?.EndsWith('.') == true);
        Assert.Contains(records, r => r.Description?.EndsWith('\u3002') == true);
        static string? Ended(string? s) => s is null || s.EndsWith('.') || s.EndsWith('\u3002') ? s : s + ".";
        for (var i = 0; i < records.Count; i++)
        {
            var expected = MarcCrosswalkTests.Carried(records[i]);
            Assert.Equal(Ended(expected.Description), back[i].Description);
            Assert.Equal(Ended(expected.Abstract), back[i].Abstract);
            Assert.Equal<Review>(expected.Reviews.Select(r => r with { Paragraphs = [.. r.Paragraphs.Select(p => Ended(p)!)] }), back[i].Reviews);
        }
    }

    [Fact]
    public void Examples_round_trip_through_marc8_iso2709()
    {
        var records = RecordFactory.Examples();
        var bytes = MarcFormatRunner.Encode("marc21", records, MarcFormatRunner.Write(new MarcWriteOptions { Encoding = Iso2709OutputEncoding.Marc8 }));
        Assert.All(MarcFormatRunner.Read("marc21", bytes), r => Assert.Equal((byte)' ', r.Source.Raw.Span[9]));
        Assert.Contains((byte)0x1B, bytes); // escape sequences: the CJK of the examples is in MARC-8 (EACC)
        var back = MarcFormatRunner.ReadHub("marc21", bytes);
        for (var i = 0; i < records.Count; i++) RecordAssert.Equal(MarcCrosswalkTests.Carried(records[i]), back[i]);
    }

    [Theory]
    [InlineData("marc21")]
    [InlineData("marcxml")]
    [InlineData("mrk")]
    public void Generated_records_round_trip(string format) =>
        HubGen.Check(HubGen.Record(HubGen.StringDomain.Line), record =>
        {
            var back = MarcFormatRunner.ReadHub(format, MarcFormatRunner.Encode(format, [record]));
            RecordAssert.Equal(MarcCrosswalkTests.Carried(record), Assert.Single(back));
        }, tests: 100);
}
