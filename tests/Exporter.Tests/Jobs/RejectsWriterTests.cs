using System.Text;
using Exporter.Jobs;
using Exporter.Pipeline;

namespace Exporter.Tests.Jobs;

/// <summary>The rejects file delimits each record as its format declares, and never by the format's name.</summary>
public class RejectsWriterTests
{
    private static string Kept(params (string Raw, RawRecordLayout Layout)[] records)
    {
        var ms = new MemoryStream();
        var writer = new RejectsWriter(ms);
        foreach (var (raw, layout) in records) writer.Add(Encoding.UTF8.GetBytes(raw), layout);
        Assert.Equal(records.Length, writer.Count);
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    [Fact]
    public void Self_delimiting_records_are_kept_as_they_are() =>
        Assert.Equal("<a/><b/>", Kept(("<a/>", RawRecordLayout.SelfDelimiting), ("<b/>", RawRecordLayout.SelfDelimiting)));

    [Fact]
    public void A_separator_goes_between_records_not_before_the_first_or_after_the_last()
    {
        var layout = new RawRecordLayout { Separator = "\f\n" };
        Assert.Equal("one\f\ntwo\f\nthree", Kept(("one", layout), ("two", layout), ("three", layout)));
    }

    [Fact]
    public void A_line_break_is_added_only_where_the_record_lacks_one()
    {
        var layout = new RawRecordLayout { EndsWithLineBreak = true };
        Assert.Equal("{\"a\":\n{}\n\n", Kept(("{\"a\":", layout), ("{}\n", layout), ("", layout)));
    }

    [Fact]
    public void A_terminator_follows_the_line_break()
    {
        var layout = new RawRecordLayout { EndsWithLineBreak = true, Terminator = "\n" };
        Assert.Equal("=LDR x\n\n=LDR y\n\n", Kept(("=LDR x", layout), ("=LDR y\n", layout)));
    }

    [Theory]
    [InlineData("text", "a\f\nb")]
    [InlineData("json", "a\nb\n")]
    [InlineData("mrk", "a\n\nb\n\n")]
    [InlineData("marc21", "ab")]
    [InlineData("marcxml", "ab")]
    public void Built_in_formats_declare_their_layout(string format, string expected)
    {
        var layout = FormatRegistry.CreateDefault().Get(format).RawRecords;
        Assert.Equal(expected, Kept(("a", layout), ("b", layout)));
    }
}
