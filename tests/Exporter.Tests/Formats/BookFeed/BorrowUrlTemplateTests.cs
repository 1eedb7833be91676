using Exporter.Diagnostics;
using Exporter.Formats.BookFeed;
using Exporter.Pipeline;

namespace Exporter.Tests.Formats.BookFeed;

/// <summary>--borrow-url-template and the other bookfeed options: placeholders, validation and their codes.</summary>
public class BorrowUrlTemplateTests
{
    [Theory]
    [InlineData("https://opac.example.org/record/{id}")]
    [InlineData("https://opac.example.org/borrow?isbn={isbn}&rec={id}")]
    [InlineData("http://opac.example.org/static")]
    public void Templates_with_known_placeholders_making_http_urls_are_accepted(string template) => Assert.True(BorrowUrlTemplate.IsValid(template));

    [Theory]
    [InlineData("https://opac.example.org/record/{oclc}")] // unknown placeholder
    [InlineData("https://opac.example.org/record/{id")] // unbalanced
    [InlineData("opac.example.org/record/{id}")] // not absolute
    [InlineData("ftp://opac.example.org/{id}")] // not http(s)
    [InlineData("{id}")]
    [InlineData(" ")]
    public void Other_templates_are_refused(string template) => Assert.False(BorrowUrlTemplate.IsValid(template));

    [Fact]
    public void Values_are_percent_encoded() =>
        Assert.Equal("https://o.example/r/CX%2F1?i=9780691020518", BorrowUrlTemplate.Fill("https://o.example/r/{id}?i={isbn}", "CX/1", "9780691020518"));

    [Theory]
    [InlineData("--borrow-url-template", "https://x.example/{foo}", "CLI0162")]
    [InlineData("--library-url", "library.example.net", "CLI0161")]
    [InlineData("--library-url", "mailto:a@b.example", "CLI0161")]
    [InlineData("--library-name", "  ", "CLI0160")]
    [InlineData("--book-format", "GraphicNovel", "CLI0164")]
    public void A_bad_option_value_is_refused_with_its_code(string option, string value, string code)
    {
        var o = new BookFeedFormat().Options.Single(x => x.Name == option);

        var ex = Assert.Throws<ExporterException>(() => o.ApplyTo(new WriteOptions(), value));

        Assert.Equal(code, ex.Diagnostic.Code);
        Assert.Contains(option, ex.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_feed_needs_a_library()
    {
        var ex = Assert.Throws<ExporterException>(() => new BookFeedFormat().CreateEncoder(new WriteOptions()));

        Assert.Equal("CLI0163", ex.Diagnostic.Code);
    }

    [Fact]
    public void Options_set_the_feed_options_record()
    {
        var options = new WriteOptions();
        foreach (var (name, value) in new[] { ("--library-name", " Example Library "), ("--library-url", "https://library.example.net/"), ("--borrow-url-template", "https://o.example/{id}"), ("--book-format", "Paperback") })
            options = new BookFeedFormat().Options.Single(x => x.Name == name).ApplyTo(options, value);

        Assert.Equal(new BookFeedWriteOptions { LibraryName = "Example Library", LibraryUrl = "https://library.example.net/", BorrowUrlTemplate = "https://o.example/{id}", DefaultBookFormat = "Paperback" },
            options.Formats.Get<BookFeedWriteOptions>());
    }
}
