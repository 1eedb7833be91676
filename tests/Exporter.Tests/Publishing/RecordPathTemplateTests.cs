using Exporter.Publishing;

namespace Exporter.Tests.Publishing;

public class RecordPathTemplateTests
{
    [Theory]
    [InlineData("records/{id}.html", "CX7118", "records/CX7118.html")]
    [InlineData("cgi-bin/koha/opac-detail/{id}.html", "123", "cgi-bin/koha/opac-detail/123.html")]
    [InlineData("{id}.html", "b1.v2_x-y", "b1.v2_x-y.html")]
    public void Maps_a_safe_id_to_its_page(string template, string id, string expected) =>
        Assert.Equal(expected, new RecordPathTemplate(template).PathOf(id));

    [Theory]
    [InlineData("../etc")]
    [InlineData("a/b")]
    [InlineData(".hidden")]
    [InlineData("")]
    [InlineData("sp ace")]
    [InlineData("caf\u00e9")]
    [InlineData("a\\b")]
    [InlineData("%2e%2e")]
    public void Refuses_ids_that_are_not_safe_in_a_path(string id) => Assert.Null(RecordPathTemplate.Default.PathOf(id));

    [Fact]
    public void Refuses_an_id_longer_than_the_limit() =>
        Assert.Null(RecordPathTemplate.Default.PathOf(new string('a', RecordPathTemplate.MaxIdLength + 1)));

    [Fact]
    public void An_id_that_would_be_the_index_page_is_refused() => Assert.Null(new RecordPathTemplate("{id}.html").PathOf("index"));

    [Theory]
    [InlineData("records/id.html")]
    [InlineData("records/{id}/{id}.html")]
    [InlineData("records/{id}.htm")]
    [InlineData("/records/{id}.html")]
    [InlineData("../{id}.html")]
    [InlineData("records//{id}.html")]
    [InlineData("records/.x/{id}.html")]
    [InlineData("browse/{id}.html")]
    [InlineData("rec ords/{id}.html")]
    public void Refuses_templates_that_would_leave_or_clash_with_the_site(string template) =>
        Assert.Throws<ArgumentException>(() => new RecordPathTemplate(template));

    [Fact]
    public void Alternates_go_beside_the_page() =>
        Assert.Equal("records/CX1.marc.xml", RecordPathTemplate.Beside("records/CX1.html", ".marc.xml"));
}
