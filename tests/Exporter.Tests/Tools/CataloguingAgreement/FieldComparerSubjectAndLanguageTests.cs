using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Tools.CataloguingAgreement;

namespace Exporter.Tests.Tools.CataloguingAgreement;

/// <summary>
/// How <see cref="FieldComparer"/> compares 6XX and 041 (tools/cataloguing-agreement/README.md). Sources, mining half:
/// marc4j/pride-and-prejudice-fixed.mrc 001 4683624 (655 _7 $a Domestic fiction $2 lcsh) and 001 1762569 (650 _0 $a Young
/// women $z England $x Fiction, in a record with no $v), marc4j/185258.mrc 001 185258 (041 $a eng alone),
/// traject/iso639-3_lang.marc 001 22067787 (041 _7 $2 iso639-3).
/// </summary>
public class FieldComparerSubjectAndLanguageTests
{
    private const string F008 = "020306s2002    mau           000 0 eng d";

    private static MarcRecord Marc(params MarcField[] fields) => new(Leader.Default, [.. fields]);

    private static DataField Field(string tag, char i1, char i2, params (char Code, string Value)[] subs) =>
        new(tag, i1, i2, subs.Select(s => new Subfield(s.Code, s.Value)).ToImmutableArray());

    private static List<FieldCheck> Checks(MarcRecord original, MarcRecord result, string cls) =>
        [.. FieldComparer.Compare(original, result, "test").Where(c => c.Class == cls)];

    [Fact]
    public void Pride_4683624_source_lcsh_in_2_is_the_same_as_ind2_0()
    {
        var o = Marc(Field("655", ' ', '7', ('a', "Domestic fiction."), ('2', "lcsh")));
        var r = Marc(Field("655", ' ', '0', ('a', "Domestic fiction.")));
        Assert.Equal(CheckOutcome.Agree, Assert.Single(Checks(o, r, AgreementClasses.Subjects)).Outcome);
    }

    [Fact]
    public void Another_source_in_2_still_counts() =>
        Assert.Equal(CheckOutcome.Disagree, Assert.Single(Checks(
            Marc(Field("655", ' ', '7', ('a', "Domestic fiction."), ('2', "gsafd"))), Marc(Field("655", ' ', '0', ('a', "Domestic fiction."))), AgreementClasses.Subjects)).Outcome);

    [Fact]
    public void Pride_1762569_form_as_x_in_a_record_with_no_v_is_compared_as_x()
    {
        var o = Marc(Field("650", ' ', '0', ('a', "Young women"), ('z', "England"), ('x', "Fiction.")));
        var r = Marc(Field("650", ' ', '0', ('a', "Young women"), ('z', "England"), ('v', "Fiction.")));
        Assert.Equal(CheckOutcome.Agree, Assert.Single(Checks(o, r, AgreementClasses.Subjects)).Outcome);
    }

    [Fact]
    public void Form_as_x_in_a_record_that_codes_v_elsewhere_disagrees()
    {
        var o = Marc(Field("650", ' ', '0', ('a', "Young women"), ('x', "Fiction.")), Field("651", ' ', '0', ('a', "England"), ('v', "Maps.")));
        var r = Marc(Field("650", ' ', '0', ('a', "Young women"), ('v', "Fiction.")), Field("651", ' ', '0', ('a', "England"), ('v', "Maps.")));
        Assert.Contains(Checks(o, r, AgreementClasses.Subjects), c => c.Outcome == CheckOutcome.Disagree);
    }

    [Fact]
    public void A_field_not_valid_marc21_is_listed_not_counted() =>
        Assert.Equal(CheckOutcome.OriginalNotValid, Assert.Single(Checks(
            Marc(Field("650", ' ', '9', ('a', "Powieść angielska"), ('y', "19 w"))), Marc(Field("650", ' ', '4', ('a', "Powieść angielska"), ('y', "19 w"))), AgreementClasses.Subjects)).Outcome);

    [Fact]
    public void Record_185258_one_language_alone_is_compared_with_our_008()
    {
        var o = Marc(new ControlField("008", F008), Field("041", ' ', ' ', ('a', "eng")));
        Assert.Equal(CheckOutcome.Agree, Assert.Single(Checks(o, Marc(new ControlField("008", F008)), AgreementClasses.Language041), c => c.Aspect == "$a").Outcome);
        var french = Marc(new ControlField("008", F008.Replace("eng", "fre", StringComparison.Ordinal)));
        Assert.Equal(CheckOutcome.Disagree, Assert.Single(Checks(o, french, AgreementClasses.Language041), c => c.Aspect == "$a").Outcome);
    }

    [Fact]
    public void Several_languages_need_our_041()
    {
        var o = Marc(new ControlField("008", F008), Field("041", '0', ' ', ('a', "eng"), ('a', "fre")));
        Assert.Equal(CheckOutcome.Disagree, Assert.Single(Checks(o, Marc(new ControlField("008", F008)), AgreementClasses.Language041), c => c.Aspect == "$a").Outcome);
    }

    [Fact]
    public void Iso639_22067787_codes_of_another_source_are_not_stated()
    {
        var o = Marc(Field("041", ' ', ' ', ('a', "nor"), ('a', "eng")), Field("041", ' ', '7', ('a', "nob"), ('a', "eng"), ('2', "iso639-3")));
        var r = Marc(Field("041", '0', ' ', ('a', "nor"), ('a', "eng")));
        var checks = Checks(o, r, AgreementClasses.Language041);
        Assert.Equal(CheckOutcome.Agree, Assert.Single(checks, c => c.Aspect == "$a").Outcome);
        Assert.Contains(checks, c => c.Outcome == CheckOutcome.NotStated && c.Aspect.StartsWith("$a of 041 _7", StringComparison.Ordinal));
    }

    [Fact]
    public void Translated_from_is_compared_as_041_h_codes_in_order_each_once()
    {
        // Cornell 1913668 (folio-srm/CornellFOLIOExemplars_Bibs.mrc): 041 1_ $a engspa $h spa.
        var o = Marc(Field("041", '1', ' ', ('a', "engspa"), ('h', "spa"), ('e', "engspa")));
        var checks = Checks(o, Marc(Field("041", '1', ' ', ('a', "eng"), ('a', "spa"), ('h', "spa"))), AgreementClasses.Language041);
        Assert.Equal(CheckOutcome.Agree, Assert.Single(checks, c => c.Aspect == "$h").Outcome);
        Assert.Equal(CheckOutcome.NotStated, Assert.Single(checks, c => c.Aspect == "$e").Outcome);
        var none = Checks(o, Marc(Field("041", '0', ' ', ('a', "eng"), ('a', "spa"))), AgreementClasses.Language041);
        Assert.Equal(("spa", ""), Assert.Single(none, c => c.Aspect == "$h") is var h ? (h.Original, h.Result) : default);
    }
}
