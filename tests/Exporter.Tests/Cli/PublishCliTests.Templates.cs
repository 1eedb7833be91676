using Exporter.Tests.Support;

namespace Exporter.Tests.Cli;

/// <summary><c>publish --template DIR</c>: a library's own templates, and the usage error for one that is broken.</summary>
public partial class PublishCliTests
{
    [Fact]
    public void Template_renders_the_record_pages_from_the_librarys_own_template_and_keeps_the_others()
    {
        using var dir = new TempDir();
        var theme = Directory.CreateDirectory(dir.File("theme")).FullName;
        File.WriteAllText(Path.Combine(theme, "record.liquid"),
            "<!DOCTYPE html><title>{{ page.title }}</title><link rel=\"canonical\" href=\"{{ page.canonical_url }}\"><script type=\"application/ld+json\">{{ json_ld }}</script><h1 class=\"own\">{{ record.title }}</h1>{% for c in record.contributors %}<p>{{ c.name }}</p>{% endfor %}<a href=\"{{ site.home }}\">home</a>\n");
        var site = dir.File("site");
        var r = Publish(site, Example("CX7118.txt"), "--template", theme);
        Assert.True(r.ExitCode == 0, r.StdErr);

        var page = File.ReadAllText(Path.Combine(site, "records", "CX7118.html"));
        Assert.StartsWith("<!DOCTYPE html><title>From Lenin to Stalin / Serge, Victor</title><link rel=\"canonical\" href=\"https://library.example.net/records/CX7118.html\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1 class=\"own\">From Lenin to Stalin</h1><p>Serge, Victor</p><a href=\"../index.html\">home</a>", page, StringComparison.Ordinal);
        Assert.Contains("\"@id\": \"https://library.example.net/records/CX7118.html#work\"", page, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"browse-title\">Titles A-Z</h2>", File.ReadAllText(Path.Combine(site, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_a_usage_error_naming_file_and_line_and_nothing_is_written()
    {
        using var dir = new TempDir();
        var theme = Directory.CreateDirectory(dir.File("theme")).FullName;
        File.WriteAllText(Path.Combine(theme, "browse.liquid"), "<ul>\n{% for e in entries %}\n<li>{{ e.label }}</li>\n");
        var site = dir.File("site");
        var r = Publish(site, Example("CX7118.txt"), "--template", theme);

        Assert.Equal(2, r.ExitCode);
        Assert.Contains("CLI0069", r.StdErr, StringComparison.Ordinal);
        Assert.Contains("error CLI0069 " + Path.Combine(theme, "browse.liquid") + " line 4 column 1: --template: '{% endfor %}' was expected", r.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site));

        var missing = Publish(site, Example("CX7118.txt"), "--template", dir.File("no-such-theme"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("--template " + dir.File("no-such-theme") + ": no such folder", missing.StdErr, StringComparison.Ordinal);
    }
}
