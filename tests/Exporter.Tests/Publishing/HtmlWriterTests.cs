using System.Net;
using System.Text;
using Exporter.Publishing;
using Exporter.Tests.Support;

namespace Exporter.Tests.Publishing;

public class HtmlWriterTests
{
    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("</p><script>alert(1)</script>", "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"quoted\" 'single'", "\"quoted\" 'single'")]
    [InlineData("bell\u0007 nul\u0000 c1\u0085", "bell\uFFFD nul\uFFFD c1\uFFFD")]
    public void Text_is_escaped_and_forbidden_characters_replaced(string text, string expected)
    {
        var html = new HtmlWriter(new StringBuilder());
        html.Element("p", text);
        Assert.Equal("<p>" + expected + "</p>", html.Output.ToString());
    }

    [Fact]
    public void Lone_surrogates_and_noncharacters_are_replaced_and_pairs_kept()
    {
        var html = new HtmlWriter(new StringBuilder());
        html.Text("lone \uD800 pair \uD83D\uDE00 nonchar \uFFFE \uFDD0 \uD83F\uDFFF end \uDC00");
        Assert.Equal("lone \uFFFD pair \uD83D\uDE00 nonchar \uFFFD \uFFFD \uFFFD end \uFFFD", html.Output.ToString());
    }

    [Fact]
    public void Attribute_values_escape_both_quotes_and_null_leaves_the_attribute_out()
    {
        var html = new HtmlWriter(new StringBuilder());
        html.Void("meta", ("content", "a\"b'c<d>&"), ("name", null));
        Assert.Equal("<meta content=\"a&quot;b&#39;c&lt;d&gt;&amp;\">", html.Output.ToString());
    }

    [Fact]
    public void Any_string_stays_inside_its_element_and_decodes_back()
    {
        HostileStrings.Check(s =>
        {
            var html = new HtmlWriter(new StringBuilder());
            html.Element("p", s, ("title", s));
            var output = html.Output.ToString();
            var open = output.IndexOf('>', StringComparison.Ordinal);
            var body = output[(open + 1)..^"</p>".Length];
            Assert.DoesNotContain('<', body);
            Assert.Equal(2, output.Count(c => c == '<'));
            var attribute = output["<p title=\"".Length..(open - 1)];
            Assert.DoesNotContain('"', attribute);
            var expected = Replaced(s);
            Assert.Equal(expected, WebUtility.HtmlDecode(body));
            Assert.Equal(expected, WebUtility.HtmlDecode(attribute));
        });
    }

    /// <summary>What the writer makes of a string: every character HTML forbids as U+FFFD.</summary>
    private static string Replaced(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var scalar = char.ConvertToUtf32(s[i], s[i + 1]);
                sb.Append((scalar & 0xFFFE) == 0xFFFE ? "\uFFFD" : s.Substring(i, 2));
                i++;
                continue;
            }

            sb.Append(s[i] == '\r' ? '\n' : HtmlWriter.Allowed(s[i]) ? s[i] : '\uFFFD');
        }

        return sb.ToString();
    }
}
