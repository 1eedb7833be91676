using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using static Exporter.Tests.Formats.Marc.Iso2709.RawMarc;

namespace Exporter.Tests.Formats.Marc.Iso2709;

public class Iso2709ParserTests
{
    private static readonly Iso2709ReaderOptions Permissive = new() { Strictness = MarcStrictness.Permissive };

    [Fact]
    public void Reads_a_valid_record_without_diagnostics()
    {
        var result = Iso2709Parser.Parse(Simple("id42", "\u00C9t\u00E9"), index: 3, byteOffset: 100);
        var record = Assert.IsType<MarcRecord>(result.Record);
        Assert.Empty(result.Diagnostics);
        Assert.Equal((3L, 100L, "id42"), (result.Index, result.ByteOffset!.Value, result.RecordId));
        Assert.Null(result.RawBytes);
        Assert.Equal("id42", record.ControlValue("001"));
        var title = Assert.IsType<DataField>(record["245"]);
        Assert.Equal(('1', '0'), (title.Indicator1, title.Indicator2));
        Assert.Equal([new Subfield('a', "\u00C9t\u00E9"), new Subfield('c', "Author")], title.Subfields.ToArray());
    }

    [Theory]
    [MemberData(nameof(Iso2709DefectCases.RepairableNames), MemberType = typeof(Iso2709DefectCases))]
    public void Strict_rejects_each_structural_defect_and_keeps_the_raw_bytes(string name)
    {
        var (bytes, code) = Iso2709DefectCases.Repairable[name];
        var input = bytes();
        var result = Iso2709Parser.Parse(input, index: 5);
        Assert.True(result.IsRejected, name);
        Assert.Equal(input, result.RawBytes);
        var d = Assert.Single(result.Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal(code, d.Code);
        Assert.Equal(5, d.RecordIndex);
        Assert.NotNull(d.ByteOffset);
    }

    [Theory]
    [MemberData(nameof(Iso2709DefectCases.RepairableNames), MemberType = typeof(Iso2709DefectCases))]
    public void Permissive_repairs_each_defect_with_a_warning(string name)
    {
        var (bytes, code) = Iso2709DefectCases.Repairable[name];
        var result = Iso2709Parser.Parse(bytes(), Permissive);
        Assert.False(result.IsRejected, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == code && d.Severity == Severity.Warning);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var last = Assert.IsType<DataField>(result.Record!.AllFields[^1]);
        Assert.StartsWith("T", last.Subfields[0].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Permissive_recovery_gives_the_fields_of_the_intact_record()
    {
        var expected = Iso2709Parser.Parse(Simple()).Record;
        foreach (var name in new[] { "record_length_wrong", "base_address_wrong", "directory_points_past_data", "field_length_too_short", "directory_entry_not_numeric", "record_terminator_missing" })
        {
            var result = Iso2709Parser.Parse(Iso2709DefectCases.Repairable[name].Bytes(), Permissive);
            Assert.Equal(expected!.AllFields.ToArray(), result.Record!.AllFields.ToArray());
        }
    }

    [Fact]
    public void Bad_indicator_becomes_blank_and_invalid_utf8_becomes_replacement_character()
    {
        var ind = Iso2709Parser.Parse(Iso2709DefectCases.Repairable["indicator_control_byte"].Bytes(), Permissive).Record!;
        Assert.Equal(' ', ((DataField)ind["245"]!).Indicator2);
        var utf = Iso2709Parser.Parse(Iso2709DefectCases.Repairable["invalid_utf8"].Bytes(), Permissive).Record!;
        Assert.Equal("T\uFFFDte", utf["245"]?['a']);
    }

    [Theory]
    [InlineData("")]
    [InlineData("00010nam")]
    [InlineData("foo\nbar\n")]
    public void What_is_not_a_record_is_rejected_in_both_modes(string text)
    {
        var bytes = Encoding.ASCII.GetBytes(text);
        foreach (var options in new[] { Iso2709ReaderOptions.Default, Permissive })
        {
            var result = Iso2709Parser.Parse(bytes, options);
            Assert.True(result.IsRejected);
            Assert.Contains(result.Diagnostics, d => d.Code == MarcDiagnosticCodes.TooShort && d.Severity == Severity.Error);
        }
    }

    [Fact]
    public void Non_standard_indicators_and_codes_are_kept_with_a_warning_in_strict_mode()
    {
        var bytes = Build(Utf8Leader, ("001", "x"), ("245", "#|" + Sf + "AT" + Sf + "-u"));
        var result = Iso2709Parser.Parse(bytes);
        var field = (DataField)result.Record!["245"]!;
        Assert.Equal(('#', '|'), (field.Indicator1, field.Indicator2));
        Assert.Equal("AT", string.Concat(field.Subfields.Select(s => s.Code.ToString() + s.Value))[..2]);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == MarcDiagnosticCodes.NonStandardIndicator));
        Assert.Equal(2, result.Diagnostics.Count(d => d.Code == MarcDiagnosticCodes.NonStandardSubfieldCode));
        Assert.All(result.Diagnostics, d => Assert.Equal(Severity.Warning, d.Severity));
    }

    [Fact]
    public void Local_alphabetic_tags_are_data_fields()
    {
        var result = Iso2709Parser.Parse(Build(Utf8Leader, ("001", "x"), ("CAT", "  " + Sf + "aLOAD")));
        Assert.Empty(result.Diagnostics);
        Assert.Equal("LOAD", result.Record!["CAT"]?['a']);
    }

    [Fact]
    public void Diagnostics_carry_record_id_offset_and_field()
    {
        var bytes = Build(Utf8Leader, ("001", "ocm123"), ("245", "1\u0007" + Sf + "aT"));
        var d = Assert.Single(Iso2709Parser.Parse(bytes, Permissive, index: 2, byteOffset: 1000).Diagnostics);
        Assert.Equal(("ocm123", 2L, "245"), (d.RecordId, d.RecordIndex!.Value, d.Field));
        var fieldStart = 1000 + 24 + 24 + 1 + "ocm123".Length + 1;
        Assert.Equal(fieldStart + 1, d.ByteOffset);
    }

    [SkippableFact]
    public void Utf8_values_are_untouched_by_default_and_nfc_on_request_with_one_info_per_record()
    {
        NormalizationSupport.Require();
        var decomposed = "Cafe\u0301";
        var bytes = Simple(title: decomposed);
        var untouched = Iso2709Parser.Parse(bytes);
        Assert.Equal(decomposed, untouched.Record!["245"]?['a']);
        Assert.Empty(untouched.Diagnostics);
        var nfc = Iso2709Parser.Parse(bytes, new Iso2709ReaderOptions { Normalization = UnicodeNormalization.Nfc });
        Assert.Equal("Caf\u00E9", nfc.Record!["245"]?['a']);
        var d = Assert.Single(nfc.Diagnostics);
        Assert.Equal((MarcDiagnosticCodes.NormalizedToNfc, Severity.Info, "245", "a"), (d.Code, d.Severity, d.Field, d.Subfield));
    }

    [Fact]
    public void Ascii_marc8_record_is_read_and_flagged_unicode_in_memory()
    {
        var bytes = Build("00000nam  2200000 a 4500", ("001", "x"), ("245", "10" + Sf + "aPlain"));
        var result = Iso2709Parser.Parse(bytes);
        Assert.Empty(result.Diagnostics);
        Assert.Equal('a', result.Record!.Leader.CharacterCodingScheme);
        Assert.Equal("Plain", result.Record["245"]?['a']);
    }

    [Fact]
    public void Auto_detects_utf8_in_a_record_labelled_marc8_and_says_so()
    {
        var bytes = Build("00000nam  2200000 a 4500", ("001", "x"), ("245", "10" + Sf + "a\u00C9t\u00E9"));
        var result = Iso2709Parser.Parse(bytes, new Iso2709ReaderOptions { Encoding = Iso2709Encoding.Auto });
        Assert.Equal("\u00C9t\u00E9", result.Record!["245"]?['a']);
        var info = Assert.Single(result.Diagnostics);
        Assert.Equal((MarcDiagnosticCodes.EncodingDetected, Severity.Info), (info.Code, info.Severity));
        Assert.Contains("UTF-8", info.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forced_utf8_ignores_the_leader()
    {
        var bytes = Build("00000nam  2200000 a 4500", ("001", "x"), ("245", "10" + Sf + "a\u00C9t\u00E9"));
        var result = Iso2709Parser.Parse(bytes, new Iso2709ReaderOptions { Encoding = Iso2709Encoding.Utf8 });
        Assert.Empty(result.Diagnostics);
        Assert.Equal("\u00C9t\u00E9", result.Record!["245"]?['a']);
    }

    [Fact]
    public void Unknown_leader_09_is_detected_from_content_with_a_warning()
    {
        var bytes = Build("00000nam ^2200000 a 4500", ("001", "x"), ("245", "10" + Sf + "a\u00C9t\u00E9"));
        var result = Iso2709Parser.Parse(bytes);
        Assert.False(result.IsRejected);
        Assert.Equal([MarcDiagnosticCodes.UnknownCodingScheme, MarcDiagnosticCodes.EncodingDetected], result.Diagnostics.Select(d => d.Code));
        Assert.Equal("\u00C9t\u00E9", result.Record!["245"]?['a']);
    }

    [Fact]
    public void Data_field_without_subfields_is_kept_with_a_warning()
    {
        var result = Iso2709Parser.Parse(Build(Utf8Leader, ("001", "x"), ("500", "  ")));
        Assert.Empty(((DataField)result.Record!["500"]!).Subfields);
        Assert.Equal(MarcDiagnosticCodes.EmptyDataField, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Control_field_keeps_a_subfield_delimiter_byte_as_data()
    {
        var result = Iso2709Parser.Parse(Build(Utf8Leader, ("001", "a" + Sf + "b")));
        Assert.Equal("a\u001Fb", result.Record!.ControlValue("001"));
    }
}
