using Exporter.Diagnostics;
using Exporter.Model;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Json;

/// <summary>Record JSON's <c>lastModified</c> (the hub's last change; issue 14: OAI datestamps).</summary>
public class LastModifiedJsonTests
{
    [Fact]
    public void Json_carries_it_as_last_modified()
    {
        var r = new CatalogRecord { Title = "T", LastModified = new DateTimeOffset(2024, 3, 1, 12, 30, 5, TimeSpan.Zero) };
        var json = Exporter.Formats.Json.RecordJsonSerializer.Serialize(r);
        Assert.Contains("\"lastModified\":\"2024-03-01T12:30:05Z\"", json, StringComparison.Ordinal);
        Assert.Equal(r, RecordFactory.ParseJson(json + "\n").Single().GetCatalog(NullDiagnostics.Instance));
        var bad = RecordFactory.ParseJson("{\"title\":\"T\",\"lastModified\":\"soon\"}\n").Single();
        Assert.Contains(bad.Diagnostics, d => d.Code == "JSON0019");
    }
}
