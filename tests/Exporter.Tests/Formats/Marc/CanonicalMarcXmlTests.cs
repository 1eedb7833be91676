using System.Buffers;
using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc;
using Exporter.Formats.Marc.Iso2709;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Xml;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Marc;

/// <summary>
/// The byte-level MARCXML of canonical records must be exactly what the model path writes: the record needs no repair
/// (<see cref="MarcOutputRepair"/>, MARCXML's schema rules) and <see cref="MarcXmlWriter"/> gives the same bytes.
/// </summary>
public class CanonicalMarcXmlTests
{
    /// <summary>Compares both paths for one raw record; returns whether the byte path took it.</summary>
    private static bool AssertSameAsModelPath(byte[] raw, string where)
    {
        if (!Iso2709CanonicalCheck.IsCanonical(raw, Iso2709ReaderOptions.Default, out _)) return false;
        var fast = new ArrayBufferWriter<byte>();
        if (!CanonicalMarcXml.TryWrite(raw, fast))
        {
            Assert.Equal(0, fast.WrittenCount);
            return false;
        }

        var record = Iso2709Parser.Parse(raw).Record!;
        var model = new ArrayBufferWriter<byte>();
        var diagnostics = new DiagnosticBag();
        Assert.Same(record, MarcOutputRepair.Repair(record, xmlSchema: true, 0, diagnostics));
        MarcXmlWriter.Format(record, model, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.True(fast.WrittenSpan.SequenceEqual(model.WrittenSpan), $"{where}: byte path\n{Encoding.UTF8.GetString(fast.WrittenSpan)}\nmodel path\n{Encoding.UTF8.GetString(model.WrittenSpan)}");
        return true;
    }

    [SkippableFact]
    public void Every_canonical_corpus_record_transcribes_to_the_model_path_bytes()
    {
        var taken = 0;
        foreach (var file in MarcCorpus.Iso2709Files())
        {
            using var stream = File.OpenRead(file);
            foreach (var raw in new Iso2709Framer(stream).ReadAll())
            {
                if (AssertSameAsModelPath(raw.Bytes, $"{MarcCorpus.Name(file)} #{raw.Index}")) taken++;
            }
        }

        Assert.True(taken > 500, $"only {taken} records took the byte path");
    }

    [Fact]
    public void Damaged_records_that_stay_canonical_transcribe_to_the_model_path_bytes()
    {
        var source = File.ReadAllBytes(TestEnvironment.Fixture("Marc", "chabon.mrc"));
        var rng = new Random(2026);
        for (var i = 0; i < 3000; i++)
        {
            foreach (var raw in new Iso2709Framer(new MemoryStream(MarcFuzzTests.Damage(source, rng))).ReadAll())
            {
                AssertSameAsModelPath(raw.Bytes, $"iteration {i} #{raw.Index}");
            }
        }
    }

    private static byte[] Record(string value, string control = "x1") => Iso2709Writer.Encode(new MarcRecordBuilder { Leader = new Leader("00000nam a2200000 a 4500") }
        .AddControl("001", control).AddData("245", '1', '0', new Subfield('a', value), new Subfield('c', "\u00e9")).Build());

    [Fact]
    public void Markup_characters_and_cr_are_escaped_as_the_model_path_escapes_them()
    {
        Assert.True(AssertSameAsModelPath(Record("Tom & Jerry <1940> \"cartoons\"\r\nand\ttabs"), "escapes"));
    }

    [Fact]
    public void Characters_xml_forbids_send_the_record_to_the_model_path_before_anything_is_written()
    {
        foreach (var raw in new[] { Record("bell \u0007 here"), Record("non-character \uFFFF"), Record("fine", control: "a\u001Fb") })
        {
            Assert.True(Iso2709CanonicalCheck.IsCanonical(raw, Iso2709ReaderOptions.Default, out _));
            var output = new ArrayBufferWriter<byte>();
            Assert.False(CanonicalMarcXml.TryWrite(raw, output));
            Assert.Equal(0, output.WrittenCount);
        }
    }

    [Fact]
    public void Leader_characters_and_field_order_the_schema_refuses_send_the_record_to_the_model_path()
    {
        // as marc-perl/mij_test.mrc record 1 ('^' for blanks) and folio-srm/CornellFOLIOExemplars_Bibs.mrc record 48 (a control field last)
        var caret = new MarcRecordBuilder { Leader = new Leader("01470nam^a22004451^^4500") }.AddControl("001", "x").AddData("245", '1', '0', new Subfield('a', "T")).Build();
        var late = new MarcRecord(new Leader("00000nam a2200000 a 4500"), [new ControlField("001", "x"), new DataField("245", '1', '0', new Subfield('a', "T")), new ControlField("005", "20250101120000.0")]);
        foreach (var record in new[] { caret, late })
        {
            var raw = Iso2709Writer.Encode(record);
            Assert.True(Iso2709CanonicalCheck.IsCanonical(raw, Iso2709ReaderOptions.Default, out _));
            var output = new ArrayBufferWriter<byte>();
            Assert.False(CanonicalMarcXml.TryWrite(raw, output));
            Assert.Equal(0, output.WrittenCount);
        }
    }
}
