using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Crosswalk;
using Exporter.Formats.Marc.Model;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>
/// The pass-through policy, rule by rule, each on the real corpus record it came from (file, 1-based record number):
/// records keep their characters, and the only changes are structural repairs, each a warning on its record with the
/// field (MarcOutputRepair; docs/formats/marc.md, "Pass-through").
/// </summary>
public class MarcOutputRepairTests
{
    [Fact]
    public void Non_nfc_record_passes_through_byte_for_byte_and_nfc_is_applied_only_on_request()
    {
        // pride-and-prejudice-fixed.mrc record 24: a decomposed character in 500$a
        var (raw, result) = Record("marc4j/pride-and-prejudice-fixed.mrc", 24);
        var (iso, diagnostics) = Encode("marc21", result);
        Assert.Equal(raw, iso);
        Assert.Empty(diagnostics);

        var (_, normalized) = Record("marc4j/pride-and-prejudice-fixed.mrc", 24, UnicodeNormalization.Nfc);
        var info = Assert.Single(normalized.Diagnostics);
        Assert.Equal((MarcDiagnosticCodes.NormalizedToNfc, Severity.Info, "500"), (info.Code, info.Severity, info.Field));
        Assert.NotEqual(raw, Encode("marc21", normalized).Bytes);
    }

    [Fact]
    public void Decomposed_folio_record_passes_through_marcxml_and_back_unchanged()
    {
        // CornellFOLIOExemplars_Bibs.mrc record 2: decomposed 245$a
        var (raw, result) = Record("folio-srm/CornellFOLIOExemplars_Bibs.mrc", 2);
        var (xml, diagnostics) = Encode("marcxml", result);
        Assert.Empty(diagnostics);
        var back = MarcFormatRunner.Read("marcxml", xml).Single();
        Assert.Equal(raw, Encode("marc21", back).Bytes);
    }

    [Fact]
    public void Indicator_outside_the_standard_set_is_written_blank_with_a_warning_in_every_marc_output()
    {
        // pride-and-prejudice-fixed.mrc record 9: 876 with indicators "-1"
        var (_, result) = Record("marc4j/pride-and-prejudice-fixed.mrc", 9);
        foreach (var format in new[] { "marc21", "marcxml", "mrk" })
        {
            var (bytes, diagnostics) = Encode(format, result);
            var d = Assert.Single(diagnostics);
            Assert.Equal((MarcDiagnosticCodes.IndicatorRepaired, Severity.Warning, "876"), (d.Code, d.Severity, d.Field));
            var written = Assert.Single(MarcFormatRunner.Read(format, bytes)).Marc();
            var f876 = written!.DataFields("876").First();
            Assert.Equal((' ', '1'), (f876.Indicator1, f876.Indicator2));
        }
    }

    [Fact]
    public void Leader_structural_positions_are_repaired_with_a_warning()
    {
        // bad_leaders_10_11.mrc record 1: leader "01794    a  00445       "
        var (_, result) = Record("marc4j/bad_leaders_10_11.mrc", 1);
        var (iso, diagnostics) = Encode("marc21", result);
        Assert.Equal("22", Encoding.ASCII.GetString(iso, 10, 2));
        Assert.Equal("4500", Encoding.ASCII.GetString(iso, 20, 4));
        var d = Assert.Single(diagnostics, x => x.Code == MarcDiagnosticCodes.LeaderRepaired);
        Assert.Equal((Severity.Warning, "LDR"), (d.Severity, d.Field));
    }

    [Fact]
    public void Leader_characters_marcxml_refuses_are_repaired_there_only()
    {
        // mij_test.mrc record 1: leader "01470nam^a22004451^^4500" ('^' for blank)
        var (raw, result) = Record("marc-perl/mij_test.mrc", 1);
        var (iso, isoDiagnostics) = Encode("marc21", result);
        Assert.Equal(raw, iso);
        Assert.Empty(isoDiagnostics);
        var (xml, diagnostics) = Encode("marcxml", result);
        Assert.Contains("<leader>01470nam a22004451  4500</leader>", Encoding.UTF8.GetString(xml), StringComparison.Ordinal);
        Assert.Equal(MarcDiagnosticCodes.LeaderRepaired, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Subfield_code_marcxml_refuses_is_written_question_mark()
    {
        // bad-characters-in-various-fields.mrc record 1: 035 with a blank subfield code
        var (_, result) = Record("marc4j/bad-characters-in-various-fields.mrc", 1);
        var (xml, diagnostics) = Encode("marcxml", result);
        Assert.Contains(diagnostics, d => d.Code == MarcDiagnosticCodes.XmlSubfieldCodeRepaired && d.Field == "035" && d.Subfield == " ");
        Assert.DoesNotContain("code=\" \"", Encoding.UTF8.GetString(xml), StringComparison.Ordinal);
    }

    [Fact]
    public void Data_field_without_subfields_is_left_out_of_marcxml()
    {
        // chabon-missing-subfield-code.xml record 1: a 020 whose only subfield has no code (dropped on reading)
        var result = MarcFormatRunner.Read("marcxml", File.ReadAllBytes(Path.Combine(MarcCorpus.Root, "marc4j", "chabon-missing-subfield-code.xml")), Permissive())[0];
        Assert.Contains(result.Marc()!.DataFields("020"), f => f.Subfields.IsEmpty);
        var (xml, diagnostics) = Encode("marcxml", result);
        Assert.Contains(diagnostics, d => d.Code == MarcDiagnosticCodes.XmlEmptyDataFieldDropped && d.Field == "020");
        Assert.DoesNotContain(Assert.Single(MarcFormatRunner.Read("marcxml", xml)).Marc()!.DataFields("020"), f => f.Subfields.IsEmpty);
    }

    [Fact]
    public void Control_fields_after_data_fields_move_first_in_marcxml_and_stay_put_in_iso2709()
    {
        // CornellFOLIOExemplars_Bibs.mrc record 48: a control field after the data fields
        var (raw, result) = Record("folio-srm/CornellFOLIOExemplars_Bibs.mrc", 48);
        Assert.Equal(raw, Encode("marc21", result).Bytes);
        var (xml, diagnostics) = Encode("marcxml", result);
        Assert.Equal(MarcDiagnosticCodes.XmlControlFieldMoved, Assert.Single(diagnostics).Code);
        var text = Encoding.UTF8.GetString(xml);
        Assert.True(text.LastIndexOf("<controlfield", StringComparison.Ordinal) < text.IndexOf("<datafield", StringComparison.Ordinal));
    }

    [Fact]
    public void Field_whose_tag_marcxml_refuses_is_left_out_with_its_content_quoted()
    {
        // bad_indicator.dat record 1: a field tagged "0 2"
        var (_, result) = Record("pymarc/bad_indicator.dat", 1);
        var (xml, diagnostics) = Encode("marcxml", result);
        var d = Assert.Single(diagnostics, x => x.Code == MarcDiagnosticCodes.XmlFieldTagDropped);
        Assert.Contains("9780253325525", d.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("tag=\"0 2\"", Encoding.UTF8.GetString(xml), StringComparison.Ordinal);
    }

    [Fact]
    public void Control_character_xml_cannot_carry_is_replaced_with_a_warning()
    {
        // lint_camel.usmarc record 11: 007 holding 0x1F bytes
        var (_, result) = Record("marc-perl/lint_camel.usmarc", 11);
        var (xml, diagnostics) = Encode("marcxml", result);
        Assert.Contains(diagnostics, d => d.Code == MarcDiagnosticCodes.XmlIllegalCharacter && d.Field == "007");
        Assert.DoesNotContain('\u001F', Encoding.UTF8.GetString(xml));
    }

    [Fact]
    public void Records_generated_from_the_hub_need_no_repair()
    {
        var bag = new DiagnosticBag();
        var encoder = MarcFormatRunner.Format("marcxml").CreateEncoder(MarcFormatRunner.Write(new MarcWriteOptions { OrganizationCode = "XxExp" }));   // without one: MARC0312, not a repair
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var n = 0;
        foreach (var hub in RecordFactory.ReadText(Path.Combine(TestEnvironment.Examples, "catalog.txt")))
        {
            encoder.Encode(ReadResult.Read(new RecordSource(n, 0, ReadOnlyMemory<byte>.Empty), hub, []), n++, buffer, bag);
        }

        Assert.True(n > 1);
        Assert.Empty(bag.Items);
    }

    private static ReadOptions Permissive(UnicodeNormalization normalization = UnicodeNormalization.None) => new()
    {
        Strictness = Strictness.Permissive,
        Formats = FormatOptionBag.Empty.With(new MarcReadOptions { Normalization = normalization }),
    };

    /// <summary>The raw bytes and the pipeline's reading (as convert reads) of record <paramref name="number"/> (1-based) of an ISO 2709 corpus file.</summary>
    private static (byte[] Raw, ReadResult Result) Record(string file, int number, UnicodeNormalization normalization = UnicodeNormalization.None)
    {
        var results = MarcFormatRunner.Read("marc21", File.ReadAllBytes(Path.Combine(MarcCorpus.Root, file)), Permissive(normalization));
        var result = results[number - 1];
        Assert.NotNull(result.Marc());
        return (result.Source.Raw.ToArray(), result);
    }

    private static (byte[] Bytes, IReadOnlyList<Diagnostic> Diagnostics) Encode(string format, ReadResult result)
    {
        var bag = new DiagnosticBag();
        var encoder = MarcFormatRunner.Format(format).CreateEncoder(MarcFormatRunner.Write());
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        encoder.WriteHeader(buffer);
        encoder.Encode(result, result.Index, buffer, bag);
        encoder.WriteFooter(buffer);
        return (buffer.WrittenSpan.ToArray(), bag.Items);
    }
}
