using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Rdf.Bibframe;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf.Bibframe;

/// <summary>The crosswalk's single-tag field scan, held to <see cref="MarcRecord.DataFields(string[])"/> on the MARC test corpus.</summary>
public sealed class TaggedDataFieldsTests
{
    [Fact]
    public void It_yields_what_DataFields_yields_for_every_tag_and_some_tag_sets_of_every_corpus_record_and_nothing_for_absent_tags()
    {
        var records = 0;
        foreach (var record in CorpusMarcRecords.Iso2709())
        {
            records++;
            foreach (var tag in record.AllFields.Select(f => f.Tag).Append("999").Append("001").Append("").Distinct())
            {
                var fields = new TaggedDataFields(record.AllFields, tag);
                var walked = new List<DataField>();
                foreach (var f in fields) walked.Add(f);
                var expected = record.DataFields(tag).ToList();
                Assert.Equal(expected.Count, walked.Count);
                for (var i = 0; i < expected.Count; i++) Assert.Same(expected[i], walked[i]);
                Assert.Equal(expected.Count > 0, fields.Any());
            }

            string[][] tagSets = [[], ["600", "610", "611", "630", "648", "650", "651"], ["260", "264"], ["001", "245", "999"], ["", "24", "2450", "100"],
                [.. record.AllFields.Select(f => f.Tag).Distinct().Take(3)]];
            foreach (var tags in tagSets)
            {
                var walked = new List<DataField>();
                foreach (var f in new TaggedDataFields(record.AllFields, tags)) walked.Add(f);
                var expected = record.DataFields(tags).ToList();
                Assert.Equal(expected.Count, walked.Count);
                for (var i = 0; i < expected.Count; i++) Assert.Same(expected[i], walked[i]);
            }
        }

        Assert.True(records > 500, $"{records} records");
    }

    [Fact]
    public void A_control_field_with_the_tag_is_not_yielded()
    {
        var record = new MarcRecord(new Leader("00000cam a2200000 a 4500"), [new ControlField("001", "x"), new DataField("245", '1', '0', new Subfield('a', "T")), new DataField("245", ' ', ' ')]);
        Assert.False(new TaggedDataFields(record.AllFields, "001").Any());
        var count = 0;
        foreach (var f in new TaggedDataFields(record.AllFields, "245"))
        {
            Assert.Equal("245", f.Tag);
            count++;
        }

        Assert.Equal(2, count);
    }

    [Fact]
    public void Key_is_the_three_characters_and_refuses_other_lengths()
    {
        Assert.Equal(TaggedDataFields.Key("245"), TaggedDataFields.Key(new string(['2', '4', '5'])));
        Assert.NotEqual(TaggedDataFields.Key("245"), TaggedDataFields.Key("246"));
        Assert.NotEqual(TaggedDataFields.Key("245"), TaggedDataFields.Key("\u3245\u0000\u0000"));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaggedDataFields.Key("24"));
    }
}
