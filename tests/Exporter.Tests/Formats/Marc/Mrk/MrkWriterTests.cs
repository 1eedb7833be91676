using System.Text;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;

namespace Exporter.Tests.Formats.Marc.Mrk;

public class MrkWriterTests
{
    [Fact]
    public void Writes_marcbreaker_lines_with_backslash_blanks()
    {
        var record = new MarcRecordBuilder { Leader = new Leader("00000nam a2200000 a 4500") }
            .AddControl("001", "CX 7118")
            .AddControl("008", "250101r19731937xx            000 0 eng d")
            .AddData("245", '1', '0', new Subfield('a', "From Lenin to Stalin /"), new Subfield('c', "V. Serge."))
            .AddData("650", ' ', '0', new Subfield('a', "Soviet Union"))
            .Build();
        Assert.Equal(
            "=LDR  00000nam\\a2200000\\a\\4500\n" +
            "=001  CX\\7118\n" +
            "=008  250101r19731937xx\\\\\\\\\\\\\\\\\\\\\\\\000\\0\\eng\\d\n" +
            "=245  10$aFrom Lenin to Stalin /$cV. Serge.\n" +
            "=650  \\0$aSoviet Union\n\n",
            MrkWriter.Format(record));
    }

    [Theory]
    [InlineData("US$5", "US{dollar}5")]
    [InlineData("{x}", "{lcub}x{rcub}")]
    [InlineData("a\\b", "a{bsol}b")]
    [InlineData("line\nbreak\ttab", "line{U+000A}break{U+0009}tab")]
    [InlineData("{dollar}", "{lcub}dollar{rcub}")]
    public void Escapes_syntax_and_control_characters(string value, string written)
    {
        var record = new MarcRecord(Leader.Default, [new DataField("500", ' ', ' ', new Subfield('a', value))]);
        Assert.Contains("=500  \\\\$a" + written + "\n", MrkWriter.Format(record), StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_output_is_utf8_without_bom()
    {
        var output = new MemoryStream();
        using (var writer = new MrkWriter(output))
        {
            writer.Write(new MarcRecord(Leader.Default, [new ControlField("001", "\u00E9")]));
            writer.Complete();
            Assert.Equal(1, writer.Count);
        }

        Assert.Equal("=LDR  00000nam\\a2200000\\\\\\4500\n=001  \u00E9\n\n", Encoding.UTF8.GetString(output.ToArray()));
        Assert.Equal((byte)'=', output.ToArray()[0]);
    }
}
