using System.Globalization;
using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Pipeline;
using Exporter.Tests.Formats.Marc.Crosswalk;
using Exporter.Tests.Formats.Rdf.SchemaOrg;
using Exporter.Tests.Support;

namespace Exporter.Tests.Pipeline;

/// <summary>
/// A record far larger than catalogs usually hold (10,000 contents entries, a 200 KB abstract) goes through every
/// format that can carry it, and ISO 2709 refuses it cleanly (record over 99,999 bytes) while MARCXML keeps it.
/// </summary>
public class LargeRecordTests
{
    private static readonly CatalogRecord Big = new()
    {
        Title = "A very large record",
        Contributors = [Contributor.Person("Doe, Jane")],
        Identifiers = [new Identifier(IdentifierType.Local, "BIG1")],
        Languages = ["eng"],
        Abstract = string.Join(" ", Enumerable.Repeat("Ünïcode sentence with 😀 and <&> in it, repeated.", 4000)),
        Contents =
        [
            new ContentsSection(null, [new ContentsEntry("Preface")]),
            new ContentsSection("Part One", [.. Enumerable.Range(1, 5000).Select(i => new ContentsEntry("Chapter " + i + " — title", i.ToString(CultureInfo.InvariantCulture)))]),
            new ContentsSection("Part Two", [.. Enumerable.Range(1, 4999).Select(i => new ContentsEntry("Essay " + i, i.ToString(CultureInfo.InvariantCulture)))]),
        ],
    };

    private static CatalogRecord RoundTrip(string format)
    {
        var f = FormatRegistry.CreateDefault().Get(format);
        var text = RecordFactory.Write(f, [Big], new WriteOptions { Clock = new FixedClock(MarcCrosswalkTests.WrittenAt) }); // MARC 005: the clock of MarcCrosswalkTests.Carried
        using var reader = f.CreateReader(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text)), new ReadOptions { MaxRecordBytes = 64 << 20 });
        var result = Assert.Single(reader.ReadResults());
        Assert.False(result.IsRejected, string.Join("\n", result.Diagnostics));
        return result.GetCatalog(NullDiagnostics.Instance);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public void Internal_formats_keep_it_exactly(string format) => RecordAssert.Equal(Big, RoundTrip(format));

    [Theory]
    [InlineData("marcxml")]
    [InlineData("mrk")]
    public void Marc_text_forms_keep_it(string format) => RecordAssert.Equal(MarcCrosswalkTests.Carried(Big), RoundTrip(format));

    [Theory]
    [InlineData("jsonld")]
    [InlineData("turtle")]
    [InlineData("ntriples")]
    public void Linked_data_keeps_it(string format) => RecordAssert.Equal(SchemaOrgCrosswalkTests.Carried(Big), RoundTrip(format));

    [Fact]
    public void Iso2709_refuses_it_with_a_clear_error_and_writes_nothing()
    {
        var encoder = FormatRegistry.CreateDefault().Get("marc21").CreateEncoder(new WriteOptions());
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        var ex = Assert.ThrowsAny<ExporterException>(() => encoder.Encode(ReadResult.Read(new RecordSource(0, 0, ReadOnlyMemory<byte>.Empty), Big, []), 0, buffer, NullDiagnostics.Instance));
        Assert.Contains("99999", ex.Diagnostic.Message.Replace(",", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }
}
