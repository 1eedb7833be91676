using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using static Exporter.Tests.Formats.Marc.Iso2709.RawMarc;

namespace Exporter.Tests.Formats.Marc.Iso2709;

public class Iso2709WriterTests
{
    private static readonly Iso2709ReaderOptions PassThrough = new() { Normalization = UnicodeNormalization.None };

    [Fact]
    public void Computes_the_base_address_of_the_crosswalk_sample_and_the_real_length()
    {
        // crosswalks.md §0: 8 fields give base address 121 = 24 + 12 x 8 + 1
        var bytes = Iso2709Writer.Encode(MarcSamples.Minimal());
        Assert.Equal(bytes.Length.ToString("D5", System.Globalization.CultureInfo.InvariantCulture) + "nam a22001213c 4500", Encoding.ASCII.GetString(bytes, 0, 24));
    }

    [Fact]
    public void Lengths_count_bytes_not_characters()
    {
        var title = "\u00C9t\u00E9 \u4E2D\u6587 \U0001F600";
        var record = new MarcRecordBuilder { Leader = new Leader(Utf8Leader) }
            .AddControl("001", "x")
            .AddData("245", '1', '0', new Subfield('a', title))
            .Build();
        var expected = Build(Utf8Leader, ("001", "x"), ("245", "10" + Sf + "a" + title));
        Assert.Equal(expected, Iso2709Writer.Encode(record));
    }

    [Fact]
    public void Directory_follows_the_model_order_and_leader_values_come_from_the_model()
    {
        var record = new MarcRecordBuilder { Leader = new Leader("99999cas a2299999 i 4500") }
            .AddData("245", '0', '0', new Subfield('a', "T"))
            .AddControl("001", "x")
            .AddData("100", '1', ' ', new Subfield('a', "N"))
            .Build();
        var bytes = Iso2709Writer.Encode(record);
        Assert.Equal("245", Encoding.ASCII.GetString(bytes, 24, 3));
        Assert.Equal("001", Encoding.ASCII.GetString(bytes, 36, 3));
        Assert.Equal("100", Encoding.ASCII.GetString(bytes, 48, 3));
        Assert.Equal("cas a22", Encoding.ASCII.GetString(bytes, 5, 7));
        Assert.Equal(bytes.Length, int.Parse(Encoding.ASCII.GetString(bytes, 0, 5), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(record.AllFields.ToArray(), Iso2709Parser.Parse(bytes).Record!.AllFields.ToArray());
    }

    [Fact]
    public void Utf8_output_sets_leader_09_a_and_marc8_output_blank()
    {
        var record = new MarcRecordBuilder { Leader = new Leader("00000nam  2200000 a 4500") }.AddControl("001", "x").Build();
        Assert.Equal((byte)'a', Iso2709Writer.Encode(record)[9]);
        var marc8 = Iso2709Writer.Encode(record, new Iso2709WriterOptions { Encoding = Iso2709OutputEncoding.Marc8 });
        Assert.Equal((byte)' ', marc8[9]);
    }

    [Theory]
    [InlineData(9_994, false)] // 2 indicators + $a + 9,994 + terminator = 9,999 bytes
    [InlineData(9_995, true)]
    public void A_field_over_9999_bytes_is_refused(int valueBytes, bool refused)
    {
        var record = new MarcRecordBuilder().AddControl("001", "big1").AddData("520", ' ', ' ', new Subfield('a', new string('x', valueBytes))).Build();
        var output = new MemoryStream();
        var writer = new Iso2709Writer(output);
        if (!refused)
        {
            writer.Write(record);
            Assert.Equal(24 + 24 + 1 + 5 + 9_999 + 1, output.Length);
            return;
        }

        var e = Assert.Throws<RecordWriteException>(() => writer.Write(record));
        Assert.Equal((MarcDiagnosticCodes.FieldTooLong, "520", "big1"), (e.Diagnostic.Code, e.Diagnostic.Field, e.Diagnostic.RecordId));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void Multi_byte_characters_count_towards_the_field_limit()
    {
        var value = string.Concat(Enumerable.Repeat("\U0001F600", 2_500)); // 2,500 characters, 10,000 bytes
        var record = new MarcRecordBuilder().AddData("520", ' ', ' ', new Subfield('a', value)).Build();
        Assert.Equal(MarcDiagnosticCodes.FieldTooLong, Assert.Throws<RecordWriteException>(() => Iso2709Writer.Encode(record)).Diagnostic.Code);
    }

    [Fact]
    public void A_record_over_99999_bytes_is_refused_and_nothing_of_it_is_written()
    {
        var big = new MarcRecordBuilder().AddControl("001", "huge");
        for (var i = 0; i < 12; i++) big.AddData("500", ' ', ' ', new Subfield('a', new string('y', 9_000)));
        var output = new MemoryStream();
        var writer = new Iso2709Writer(output);
        writer.Write(MarcSamples.Minimal());
        var before = output.Length;
        var e = Assert.Throws<RecordWriteException>(() => writer.Write(big.Build()));
        Assert.Equal((MarcDiagnosticCodes.RecordTooLong, "huge"), (e.Diagnostic.Code, e.Diagnostic.RecordId));
        Assert.Equal(1, e.Diagnostic.RecordIndex);
        Assert.Equal(before, output.Length);
        writer.Write(MarcSamples.Minimal());
        Assert.Equal(2, writer.Count);
        Assert.Equal(2 * before, output.Length);
    }

    [Theory]
    [InlineData("a\u001Eb")]
    [InlineData("a\u001Fb")]
    [InlineData("a\u001Db")]
    public void A_structural_character_in_a_subfield_is_refused(string value)
    {
        var record = new MarcRecordBuilder().AddData("245", ' ', ' ', new Subfield('a', value)).Build();
        var e = Assert.Throws<RecordWriteException>(() => Iso2709Writer.Encode(record));
        Assert.Equal((MarcDiagnosticCodes.UnwritableCharacter, "245", "a"), (e.Diagnostic.Code, e.Diagnostic.Field, e.Diagnostic.Subfield));
    }

    [Fact]
    public void Non_ascii_indicator_is_refused()
    {
        var record = new MarcRecordBuilder().AddData("245", '\u00E1', ' ', new Subfield('a', "x")).Build();
        Assert.Equal(MarcDiagnosticCodes.UnwritableCharacter, Assert.Throws<RecordWriteException>(() => Iso2709Writer.Encode(record)).Diagnostic.Code);
    }

    [Fact]
    public void Stream_writer_output_is_the_concatenation_of_encoded_records()
    {
        var records = MarcSamples.Random(7, 20).ToList();
        var output = new MemoryStream();
        var writer = new Iso2709Writer(output);
        foreach (var r in records) writer.Write(r);
        writer.Complete();
        Assert.Equal(records.SelectMany(r => Iso2709Writer.Encode(r)).ToArray(), output.ToArray());
    }

    [Fact]
    public void Random_records_read_back_equal()
    {
        foreach (var record in MarcSamples.Random(42, 300))
        {
            var back = Iso2709Parser.Parse(Iso2709Writer.Encode(record), PassThrough);
            Assert.Equal(record.AllFields.ToArray(), back.Record!.AllFields.ToArray());
            Assert.Equal(record.Leader.Value[5..12], back.Record.Leader.Value[5..12]);
        }
    }

    [Theory]
    [InlineData("00000nam a3200000 a 45  ", "00000nam a2200000 a 4500")]
    [InlineData("00000nam a  00000 a 4504", "00000nam a2200000 a 4500")]
    [InlineData("00000nam a2200000 a 45\u00020", "00000nam a2200000 a 4500")]
    public void Leader_positions_that_describe_the_layout_are_always_written_right(string model, string written)
    {
        var record = new MarcRecord(new Leader(System.Text.RegularExpressions.Regex.Unescape(model)), [new ControlField("001", "x")]);
        var bytes = Iso2709Writer.Encode(record);
        Assert.Equal(written[10..12] + written[20..], Encoding.ASCII.GetString(bytes, 10, 2) + Encoding.ASCII.GetString(bytes, 20, 4));
    }
}
