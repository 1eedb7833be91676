using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Formats.Marc.Mrk;

namespace Exporter.Tests.Formats.Marc.Mrk;

public class MrkReaderTests
{
    private static readonly MrkReaderOptions Permissive = new() { Strictness = MarcStrictness.Permissive };
    private static readonly MrkReaderOptions PassThrough = new() { Normalization = UnicodeNormalization.None };

    private static List<MarcReadResult> Read(string text, MrkReaderOptions? options = null)
    {
        using var reader = new MrkReader(new MemoryStream(Encoding.UTF8.GetBytes(text)), options);
        return [.. reader.ReadAll()];
    }

    [Fact]
    public void Reads_records_separated_by_blank_lines_with_crlf_or_lf()
    {
        var text = "=LDR  00000nam\\a2200000\\a\\4500\r\n=001  a\\1\r\n=245  10$aTitle$bRest\r\n\r\n\r\n=LDR  00000nam\\a2200000\\a\\4500\n=001  b2\n";
        var results = Read(text);
        Assert.Equal(2, results.Count);
        var first = results[0].Record!;
        Assert.Equal("00000nam a2200000 a 4500", first.Leader.Value);
        Assert.Equal("a 1", first.ControlValue("001"));
        Assert.Equal(new DataField("245", '1', '0', new Subfield('a', "Title"), new Subfield('b', "Rest")), first["245"]);
        Assert.Equal(("b2", 1L, 6), (results[1].RecordId, results[1].Index, results[1].Line!.Value));
    }

    [Theory]
    [InlineData("{dollar}{lcub}{rcub}{bsol}", "${}\\")]
    [InlineData("{U+00E9}{u+1F600}", "\u00E9\U0001F600")]
    [InlineData("{copy}1999 {phono}", "\u00A9" + "1999 \u2117")]
    [InlineData("a\\b", "a\\b")]
    [InlineData("{", "{")]
    public void Unescapes_our_escapes_and_common_mnemonics(string written, string value)
    {
        var result = Assert.Single(Read("=LDR  00000nam\\a2200000\\a\\4500\n=500  \\\\$a" + written + "\n"));
        Assert.Equal(value, result.Record!["500"]?['a']);
        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Unknown_mnemonic_is_kept_literally_with_a_warning()
    {
        var result = Assert.Single(Read("=LDR  00000nam\\a2200000\\a\\4500\n=500  \\\\$a{nosuch}\n"));
        Assert.Equal("{nosuch}", result.Record!["500"]?['a']);
        Assert.Equal(MarcDiagnosticCodes.MrkUnknownMnemonic, Assert.Single(result.Diagnostics).Code);
    }

    [Theory]
    [InlineData("garbage line", "MARC0401")]
    [InlineData("=LDR  00000nam", "MARC0406")]
    [InlineData("=245  1", "MARC0405")]
    [InlineData("=245  10abc$aT", "MARC0124")]
    [InlineData("=245  10$aT$", "MARC0122")]
    public void Malformed_lines_reject_in_strict_with_line_numbers_and_are_repaired_in_permissive(string line, string code)
    {
        var text = "=001  x\n=005  y\n" + line + "\n\n=LDR  00000nam\\a2200000\\a\\4500\n=001  next\n";
        var strict = Read(text);
        Assert.Equal(2, strict.Count);
        Assert.True(strict[0].IsRejected);
        Assert.NotNull(strict[0].RawBytes);
        var d = Assert.Single(strict[0].Diagnostics, x => x.Severity == Severity.Error);
        Assert.Equal((code, 3), (d.Code, d.Line!.Value));
        Assert.Equal("next", strict[1].Record!.ControlValue("001"));
        var permissive = Read(text, Permissive);
        Assert.False(permissive[0].IsRejected);
        Assert.Contains(permissive[0].Diagnostics, x => x.Code == code && x.Severity == Severity.Warning);
    }

    [Fact]
    public void A_record_over_the_size_limit_is_rejected_unread_and_the_next_one_is_read()
    {
        var huge = "=LDR  00000nam\\a2200000\\\\\\4500\n=245  10$a" + new string('x', 3_000_000) + "\n";
        var results = Read(huge + "\n=LDR  00000nam\\a2200000\\\\\\4500\n=001  ok\n", new MrkReaderOptions { MaxRecordChars = 1 << 20 });
        Assert.Equal(2, results.Count);
        Assert.True(results[0].IsRejected);
        Assert.Equal((MarcDiagnosticCodes.RecordTooLarge, 1), (results[0].Diagnostics[0].Code, results[0].Diagnostics[0].Line!.Value));
        Assert.True(results[0].RawBytes!.Length < 1 << 20);
        Assert.Equal("ok", results[1].Record!.ControlValue("001"));
    }

    [Fact]
    public void Record_without_leader_gets_a_blank_one_with_a_warning()
    {
        var result = Assert.Single(Read("=001  x\n"));
        Assert.Equal(Leader.Blank, result.Record!.Leader);
        Assert.Equal(MarcDiagnosticCodes.MrkMissingLeader, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Any_string_round_trips_through_mrk()
    {
        foreach (var record in MarcSamples.Random(11, 300))
        {
            var back = Assert.Single(Read(MrkWriter.Format(record), PassThrough));
            Assert.Equal(record, back.Record);
        }
    }

    [Fact]
    public void Every_code_point_class_round_trips_in_every_position()
    {
        var all = string.Concat(Enumerable.Range(0, 0x250).Select(c => (char)c)) + "\u2028\u2029\uFEFF\U0001F600";
        var record = new MarcRecord(new Leader("00000nam a2200000 a 4500"), [
            new ControlField("001", all),
            new DataField("500", '\\', '$', new Subfield('{', all), new Subfield(' ', all), new Subfield('}', "")),
        ]);
        Assert.Equal(record, Assert.Single(Read(MrkWriter.Format(record), PassThrough)).Record);
    }
}
