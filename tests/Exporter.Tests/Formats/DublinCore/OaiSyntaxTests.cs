using Exporter.Formats.DublinCore;

namespace Exporter.Tests.Formats.DublinCore;

public class OaiSyntaxTests
{
    [Theory]
    [InlineData("books", true)]
    [InlineData("a:b:c", true)]
    [InlineData("x-_.!~*'()", true)]
    [InlineData("", false)]
    [InlineData(":a", false)]
    [InlineData("a:", false)]
    [InlineData("a::b", false)]
    [InlineData("a b", false)]
    [InlineData("a/b", false)]
    public void Set_specs_follow_the_oai_pmh_pattern(string spec, bool valid) => Assert.Equal(valid, OaiSyntax.IsSetSpec(spec));
}
