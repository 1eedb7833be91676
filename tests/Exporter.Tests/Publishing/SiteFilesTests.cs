using Exporter.Publishing;

namespace Exporter.Tests.Publishing;

public class SiteFilesTests
{
    [Theory]
    [InlineData("index.html", "records/X.html", "records/X.html")]
    [InlineData("records/X.html", "index.html", "../index.html")]
    [InlineData("records/X.html", "records/X.jsonld", "X.jsonld")]
    [InlineData("browse/title-2.html", "records/X.html", "../records/X.html")]
    [InlineData("a/b/c/X.html", "browse/title-1.html", "../../../browse/title-1.html")]
    [InlineData("a/b/X.html", "a/c/Y.html", "../c/Y.html")]
    public void Links_are_relative_to_the_page(string from, string to, string expected) => Assert.Equal(expected, SiteFiles.Link(from, to));
}
