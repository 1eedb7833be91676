using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Tools.CataloguingAgreement;

namespace Exporter.Tests.Tools.CataloguingAgreement;

/// <summary>
/// Subject fields coded against MARC 21 6XX are listed, not counted. Sources, mining half: marc4j/pride-and-prejudice-fixed.mrc
/// #321 (650 _9 $a Powieść angielska $y 19 w: ind2 9 is undefined), folio-srm/CornellFOLIOExemplars_Bibs.mrc 001 2139224
/// (600 _7 ... $2 fast: ind1 blank is undefined for 600).
/// </summary>
public class OriginalSubjectFieldTests
{
    private static DataField Field(string tag, char i1, char i2, params (char Code, string Value)[] subs) =>
        new(tag, i1, i2, subs.Select(s => new Subfield(s.Code, s.Value)).ToImmutableArray());

    [Fact]
    public void Pride_321_second_indicator_9_is_not_valid() =>
        Assert.False(OriginalSubjectField.Valid(Field("650", ' ', '9', ('a', "Powieść angielska"), ('y', "19 w"))));

    [Fact]
    public void Cornell_2139224_a_600_with_blank_first_indicator_is_not_valid() =>
        Assert.False(OriginalSubjectField.Valid(Field("600", ' ', '7', ('a', "Childs, Richard S."), ('d', "1882-1978."), ('2', "fast"))));

    [Theory]
    [InlineData("650", ' ', '7', "a:asiasana")]                        // 7 without $2
    [InlineData("650", ' ', '4', "c:25 cm")]                           // no $a
    [InlineData("650", ' ', '0', "a:MARC|a:MARC2")]                    // $a repeated
    [InlineData("650", ' ', '4', "a:Business -- Bibliography")]        // a subdivision typed into $a
    [InlineData("651", ' ', '4', "a:CSCS|b:CSCS|t:44")]                 // 651 defines no $b $t
    [InlineData("610", ' ', '4', "a:Brazil|b:Comissão")]                // 610 ind1 is 0, 1 or 2
    public void Fields_against_marc21_are_not_valid(string tag, char i1, char i2, string subs) =>
        Assert.False(OriginalSubjectField.Valid(Field(tag, i1, i2, [.. subs.Split('|').Select(s => (s[0], s[2..]))])));

    [Theory]
    [InlineData("650", ' ', '0', "a:Bicycle trails|z:New York (State)|z:Tompkins County|v:Maps")]
    [InlineData("600", '1', '0', "a:Austen, Jane|d:1775-1817|t:Pride and prejudice")]
    [InlineData("650", ' ', ' ', "a:Obsolete blank ind2")]              // blank is read as 4, as before
    [InlineData("653", ' ', ' ', "a:one|a:two")]                        // 653 $a is repeatable
    [InlineData("655", ' ', '7', "a:Domestic fiction|2:lcsh")]
    public void Fields_coded_as_marc21_defines_are_valid(string tag, char i1, char i2, string subs) =>
        Assert.True(OriginalSubjectField.Valid(Field(tag, i1, i2, [.. subs.Split('|').Select(s => (s[0], s[2..]))])));
}
