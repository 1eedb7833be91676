using System.Net;
using System.Text;
using Exporter.Publishing;
using Exporter.Tests.Support;
using Fluid;
using Fluid.Values;

namespace Exporter.Tests.Publishing;

public class PageTextEncoderTests
{
    private static readonly IFluidTemplate Paragraph = new FluidParser().Parse("<p title=\"{{ v }}\">{{ v }}</p>");

    private static string Render(string value) => SiteTemplates.Render(Paragraph, ("v", StringValue.Create(value)));

    [Theory]
    [InlineData("a < b & c > d", "a &lt; b &amp; c &gt; d")]
    [InlineData("</p><script>alert(1)</script>", "&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;")]
    [InlineData("bell\u0007 nul\u0000 c1\u0085 cr\r", "bell\uFFFD nul\uFFFD c1\uFFFD cr\n")]
    [InlineData("caf\u00e9 \u7ea2\u697c\u68a6 C++ \ud83d\ude00", "caf\u00e9 \u7ea2\u697c\u68a6 C++ \ud83d\ude00")]
    public void Values_are_escaped_forbidden_characters_replaced_and_the_rest_kept(string text, string expected)
    {
        Assert.Equal("<p title=\"" + expected + "\">" + expected + "</p>", Render(text));
    }

    [Fact]
    public void Lone_surrogates_and_noncharacters_are_replaced_and_pairs_kept()
    {
        var expected = "lone \uFFFD pair \uD83D\uDE00 nonchar \uFFFD \uFFFD \uFFFD end \uFFFD";
        Assert.Equal("<p title=\"" + expected + "\">" + expected + "</p>", Render("lone \uD800 pair \uD83D\uDE00 nonchar \uFFFE \uFDD0 \uD83F\uDFFF end \uDC00"));
    }

    [Fact]
    public void Markup_the_model_marks_as_safe_is_written_as_it_is()
    {
        var template = new FluidParser().Parse("<script>{{ m }}</script>{{ t }}");
        Assert.Equal("<script>{\"a\":\"\\u003c/script\"}</script>&lt;b&gt;",
            SiteTemplates.Render(template, ("m", TemplateValues.Markup("{\"a\":\"\\u003c/script\"}")), ("t", TemplateValues.Text("<b>"))));
    }

    [Fact]
    public void Any_string_stays_inside_its_element_and_attribute_and_decodes_back()
    {
        HostileStrings.Check(s =>
        {
            var output = Render(s);
            var open = output.IndexOf("\">", StringComparison.Ordinal) + 1;
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

    /// <summary>What the encoder makes of a string: every character HTML forbids as U+FFFD, CR as LF.</summary>
    private static string Replaced(string s)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var scalar = char.ConvertToUtf32(s[i], s[i + 1]);
                sb.Append(PageTextEncoder.Allowed(scalar) ? s.Substring(i, 2) : "\uFFFD");
                i++;
                continue;
            }

            sb.Append(s[i] == '\r' ? '\n' : PageTextEncoder.Allowed(s[i]) ? s[i] : '\uFFFD');
        }

        return sb.ToString();
    }
}
