using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Json;

/// <summary>Record JSON's <c>rights</c> (the hub's rights statements; issue 14).</summary>
public class RightsJsonTests
{
    [Fact]
    public void Json_carries_them_as_rights_in_order()
    {
        var r = new CatalogRecord { Title = "T", Rights = ["https://creativecommons.org/licenses/by/4.0/", "Text \u00a9 Jane Doe."] };
        var json = Exporter.Formats.Json.RecordJsonSerializer.Serialize(r);
        Assert.Contains("\"rights\":[\"https://creativecommons.org/licenses/by/4.0/\",\"Text ", json, StringComparison.Ordinal);
        Assert.Equal(r, RecordFactory.ParseJson(json + "\n").Single().GetCatalog(NullDiagnostics.Instance));
    }

    [Fact]
    public void No_rights_write_no_key_and_a_wrong_shape_is_reported()
    {
        Assert.DoesNotContain("rights", Exporter.Formats.Json.RecordJsonSerializer.Serialize(new CatalogRecord { Title = "T" }), StringComparison.Ordinal);
        var bad = RecordFactory.ParseJson("{\"title\":\"T\",\"rights\":\"CC0\"}\n").Single();
        Assert.Contains(bad.Diagnostics, d => d.Code == "JSON0017");
        Assert.DoesNotContain(bad.Diagnostics, d => d.Code == "JSON0010" && d.Message.Contains("rights", StringComparison.Ordinal));
    }
}
