using Exporter.Formats.Marc.Model;
using Xunit;

namespace Exporter.Tests.Formats.Marc.Model;

public class MarcRecordTests
{
    private static MarcRecord Sample() => new MarcRecordBuilder()
        .AddControl("001", "CX7118")
        .AddData("100", '1', ' ', new Subfield('a', "Serge, Victor"), new Subfield('e', "author"))
        .AddData("245", '1', '0', new Subfield('a', "From Lenin to Stalin"))
        .AddData("650", ' ', '0', new Subfield('a', "Soviet Union"), new Subfield('x', "History"), new Subfield('x', "1925-1953"))
        .AddData("600", '1', '0', new Subfield('a', "Stalin, Joseph"))
        .AddData("650", ' ', '0', new Subfield('a', "Communism"))
        .Build();

    [Fact]
    public void Indexers_find_first_field_and_first_subfield()
    {
        var record = Sample();
        Assert.Equal("From Lenin to Stalin", record["245"]?['a']);
        Assert.Null(record["245"]?['b']);
        Assert.Null(record["999"]);
        Assert.Equal("Soviet Union", record["650"]?['a']);
        Assert.Equal("CX7118", record.ControlValue("001"));
        Assert.Null(record["001"]?['a']);
    }

    [Fact]
    public void Fields_filters_by_tags_in_record_order()
    {
        var tags = Sample().Fields("600", "650").Select(f => f.Tag + ":" + f['a']).ToArray();
        Assert.Equal(["650:Soviet Union", "600:Stalin, Joseph", "650:Communism"], tags);
        Assert.Equal(6, Sample().Fields().Count());
        Assert.Equal(3, Sample().DataFields("650", "600").Count());
    }

    [Fact]
    public void Tags_compare_by_value_not_by_instance()
    {
        var record = Sample();
        var tag650 = new string("650".ToCharArray());                                  // made at run time, not the literal the record was built with
        Assert.Equal("Soviet Union", record[tag650]?['a']);
        Assert.Equal(2, record.DataFields(tag650).Count());
        Assert.Equal(3, record.Fields(new string("600".ToCharArray()), tag650).Count());
        Assert.Null(record["65"]);                                                 // a prefix of a tag is no tag
        Assert.Null(record["6500"]);
        Assert.Empty(record.DataFields("651", "60", "6000"));
    }

    [Fact]
    public void One_tag_finds_what_the_many_tag_search_finds_for_any_tag()
    {
        var record = new MarcRecordBuilder()
            .AddControl("001", "x").AddControl("005", "20250101000000.0")
            .AddData("245", '1', '0', new Subfield('a', "T")).AddData("650", ' ', '0', new Subfield('a', "S"))
            .AddData("245", ' ', ' ', new Subfield('a', "again")).AddData("ABC", ' ', ' ', new Subfield('a', "letters"))
            .Build();
        foreach (var tag in new[] { "245", "24", "2450", "650", "001", "005", "ABC", "abc", "999", "", new string("245".ToCharArray()) })
        {
            var many = record.DataFields(tag, "\0no").ToArray();                        // two tags: the general search
            Assert.Equal(many, record.DataFields(tag).ToArray());
            Assert.Equal(many, record.AllFields.OfType<DataField>().Where(f => f.Tag == tag).ToArray());
        }

        Assert.Equal(2, record.DataFields("245").Count());
        Assert.Equal(4, record.DataFields().Count());
    }

    [Fact]
    public void Values_lists_every_repeat_of_a_code()
    {
        var field = (DataField)Sample()["650"]!;
        Assert.Equal(["History", "1925-1953"], field.Values('x'));
        Assert.Empty(field.Values('z'));
    }

    [Fact]
    public void Equal_content_means_equal_records()
    {
        Assert.Equal(Sample(), Sample());
        Assert.Equal(Sample().GetHashCode(), Sample().GetHashCode());
        var changed = Sample().ToBuilder().RemoveAll("600").Build();
        Assert.NotEqual(Sample(), changed);
        Assert.Equal(5, changed.AllFields.Length);
    }

    [Fact]
    public void Subfield_order_matters_for_equality()
    {
        var a = new DataField("245", '1', '0', new Subfield('a', "x"), new Subfield('b', "y"));
        var b = new DataField("245", '1', '0', new Subfield('b', "y"), new Subfield('a', "x"));
        Assert.NotEqual(a, b);
        Assert.Equal(a, a with { });
    }

    [Theory]
    [InlineData("24")]
    [InlineData("2450")]
    public void Tags_have_three_characters(string tag) =>
        Assert.Throws<ArgumentException>(() => new ControlField(tag, "x"));

    [Theory]
    [InlineData("001", true)]
    [InlineData("009", true)]
    [InlineData("010", false)]
    [InlineData("00A", false)]
    [InlineData("CAT", false)]
    public void Control_tags_are_001_to_009(string tag, bool control) => Assert.Equal(control, MarcField.IsControlTag(tag));

    [Fact]
    public void ToString_shows_mrk_like_lines()
    {
        var text = Sample().ToString();
        Assert.StartsWith("=LDR  00000nam\\a2200000\\\\\\4500\n=001  CX7118\n=100  1\\$aSerge, Victor$eauthor", text, StringComparison.Ordinal);
    }
}
