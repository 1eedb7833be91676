using System.Text;
using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public sealed class DcContentIdentifierTests
{
    [Fact]
    public void Identifier_depends_on_the_bytes_not_on_the_ordinal()
    {
        var a = Encoding.UTF8.GetBytes("00042nam a2200037 a 4500\u001e\u001d");
        var b = Encoding.UTF8.GetBytes("00042nam a2200037 a 4501\u001e\u001d");

        Assert.Equal(DcContentIdentifier.Of(a, 0), DcContentIdentifier.Of(a, 41));
        Assert.NotEqual(DcContentIdentifier.Of(a, 0), DcContentIdentifier.Of(b, 0));
        Assert.Matches("^content-[0-9a-f]{24}$", DcContentIdentifier.Of(a, 0));
    }

    [Fact]
    public void Record_without_bytes_falls_back_to_its_one_based_ordinal()
    {
        Assert.Equal("8", DcContentIdentifier.Of([], 7));
    }
}
