using System.Text;
using Exporter.Formats.Common;

namespace Exporter.Tests.Formats.Common;

/// <summary>
/// The fast path's own answers; that it frames what the framer's general loop frames is held in
/// <see cref="XmlRecordFramerTests"/> (corpus, seeded damage, split reads).
/// </summary>
public class XmlPlainElementTests
{
    private static int Length(string xml) => XmlPlainElement.Length(Encoding.UTF8.GetBytes(xml), "record"u8);

    [Theory]
    [InlineData("<record><leader>x</leader></record>")]
    [InlineData("<marc:record><marc:leader>x</marc:leader><marc:controlfield tag=\"001\"/></marc:record >")]
    [InlineData("<record a='1>2' b=\"<\"><leader c=\"'\">x > y \" '</leader></record>")]
    [InlineData("<record xmlns=\"urn:x\"><a><b/></a></record>")]
    [InlineData("<record><a>a recording, record: (record)</a><b>record</b></record>")] // the record's name in text only
    public void A_plain_element_ends_after_its_end_tag(string element)
    {
        Assert.Equal(element.Length, Length(element + "<next/> trailing"));
        Assert.Equal(element.Length, XmlPlainElement.Length(Encoding.UTF8.GetBytes(element + new string(' ', 40)), "record"u8));
    }

    [Theory]
    [InlineData("<record/>")] // empty: nothing to gain
    [InlineData("<record><!-- c --></record>")]
    [InlineData("<record><![CDATA[x]]></record>")]
    [InlineData("<record><?pi?></record>")]
    [InlineData("<record><a xmlns:p=\"u\"/></record>")] // a declaration inside
    [InlineData("<record><a/><p:record x='1'/></record>")] // a record inside, prefixed
    [InlineData("<record><record></record>")] // a record inside
    [InlineData("<record><a></record>")] // unbalanced
    [InlineData("<record></a><b></record>")] // the record's own scope closed before its end tag
    [InlineData("<record></p:record>")] // another prefix
    public void Anything_unusual_is_left_to_the_general_loop(string element) =>
        Assert.Equal(XmlPlainElement.NotPlain, Length(element + " trailing bytes to fill a vector block"));

    [Theory]
    [InlineData("<record><leader>x</leader>")]
    [InlineData("<record><leader>x</leader></record")]
    [InlineData("<record a=\"x>")]
    [InlineData("<record><")]
    public void Bytes_ending_inside_the_element_ask_for_more(string element) =>
        Assert.Equal(XmlPlainElement.NeedsMore, Length(element));
}
