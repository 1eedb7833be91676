using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;
using Exporter.Model;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.Marc.Model;

/// <summary>The public-output policy of issue #14: what is local and staff data, and that linked data leaves it out unless asked.</summary>
public class LocalMarcDataTests
{
    [Theory]
    [InlineData("590", ' ', true)]
    [InlineData("599", '1', true)]
    [InlineData("949", ' ', true)]
    [InlineData("541", '0', true)]      // private
    [InlineData("561", ' ', true)]      // no information: treated as private
    [InlineData("583", '1', false)]     // "not private" (MARC 21 583 first indicator 1)
    [InlineData("541", '1', false)]
    [InlineData("500", ' ', false)]
    [InlineData("650", ' ', false)]
    public void Local_and_staff_fields_are_59x_9xx_and_private_541_561_583(string tag, char indicator1, bool local)
    {
        Assert.Equal(local, LocalMarcData.IsLocal(new DataField(tag, indicator1, ' ', new Subfield('a', "x"))));
        Assert.Equal(local, LocalMarcData.IsLocal(new SourceField("marc21", tag, indicator1 + " $ax")));
    }

    [Theory]
    [InlineData("jsonld", false)]
    [InlineData("turtle", false)]
    [InlineData("ntriples", true)]
    public void Linked_data_leaves_local_marc_key_dumps_out_unless_include_local(string format, bool includeLocal)
    {
        var record = new CatalogRecord
        {
            Title = "T",
            SourceFields = [new SourceField("marc21", "949", "  $aSTAFF-ONLY shelf"), new SourceField("marc21", "246", "3 $aOther title")],
        };
        var encoder = FormatRegistry.CreateDefault().Get(format).CreateEncoder(new WriteOptions { IncludeLocal = includeLocal });
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        encoder.Encode(ReadResult.Read(new RecordSource(0, 0, default), record, []), 0, buffer, NullDiagnostics.Instance);
        var text = System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
        Assert.Contains("Other title", text, StringComparison.Ordinal);
        Assert.Equal(includeLocal, text.Contains("STAFF-ONLY", StringComparison.Ordinal));
    }
}
