using Exporter.Formats.Json;
using Exporter.Model;

namespace Exporter.Tests.Support;

/// <summary>Compares hub records through their JSON form, so a failure shows the field that differs.</summary>
public static class RecordAssert
{
    public static void Equal(CatalogRecord expected, CatalogRecord actual)
    {
        if (expected.Equals(actual)) return;
        Assert.Equal(Pretty(expected), Pretty(actual));
        Assert.Fail("records differ but serialise the same");
    }

    private static string Pretty(CatalogRecord r) =>
        Newtonsoft.Json.Linq.JToken.Parse(RecordJsonSerializer.Serialize(r)).ToString(Newtonsoft.Json.Formatting.Indented);
}
