using System.Collections.Immutable;
using Exporter.Formats.Marc.Model;
using Exporter.Tools.CataloguingAgreement;

namespace Exporter.Tests.Tools.CataloguingAgreement;

public class FieldComparerTests
{
    private const string F008 = "020306s2002    mau           000 0 eng d";

    private static MarcRecord Marc(params MarcField[] fields) => new(Leader.Default, [.. fields]);

    private static DataField Field(string tag, char i1, char i2, params (char Code, string Value)[] subs) =>
        new(tag, i1, i2, subs.Select(s => new Subfield(s.Code, s.Value)).ToImmutableArray());

    private static List<FieldCheck> Checks(MarcRecord original, MarcRecord result, string cls) =>
        [.. FieldComparer.Compare(original, result, "test").Where(c => c.Class == cls)];

    [Fact]
    public void Subdivision_coded_x_instead_of_z_disagrees_and_lands_in_the_6xx_class()
    {
        var o = Marc(Field("650", ' ', '0', ('a', "Urban poor"), ('z', "Tanzania.")));
        var r = Marc(Field("650", ' ', '0', ('a', "Urban poor"), ('x', "Tanzania")));
        var c = Assert.Single(Checks(o, r, AgreementClasses.Subjects));
        Assert.Equal(CheckOutcome.Disagree, c.Outcome);
        Assert.Equal("650 _0 $a Urban poor $z Tanzania", c.Original);
        Assert.Equal("650 _0 $a Urban poor $x Tanzania", c.Result);
    }

    [Fact]
    public void Subject_fields_are_matched_by_their_words_not_their_position()
    {
        var o = Marc(Field("650", ' ', '0', ('a', "A")), Field("651", ' ', '0', ('a', "B"), ('v', "Maps.")));
        var r = Marc(Field("651", ' ', '0', ('a', "B"), ('v', "Maps")), Field("650", ' ', '0', ('a', "A.")));
        Assert.All(Checks(o, r, AgreementClasses.Subjects), c => Assert.Equal(CheckOutcome.Agree, c.Outcome));
    }

    [Fact]
    public void Subject_relators_and_uris_are_not_stated()
    {
        var o = Marc(Field("600", '1', '0', ('a', "Lenin, V. I."), ('d', "1870-1924"), ('0', "http://id.loc.gov/x")));
        var r = Marc(Field("600", '1', '0', ('a', "Lenin, V. I."), ('d', "1870-1924.")));
        var checks = Checks(o, r, AgreementClasses.Subjects);
        Assert.Equal(CheckOutcome.Agree, checks.Single(c => c.Aspect == "600").Outcome);
        Assert.Equal(CheckOutcome.NotStated, checks.Single(c => c.Aspect == "600 $0").Outcome);
    }

    [Fact]
    public void Extent_is_checked_per_subfield()
    {
        var o = Marc(Field("300", ' ', ' ', ('a', "280 p. ;"), ('c', "25 cm.")));
        var r = Marc(Field("300", ' ', ' ', ('a', "280 p. ; 25 cm")));
        var checks = Checks(o, r, AgreementClasses.Extent300);
        Assert.Equal(CheckOutcome.Disagree, checks.Single(c => c.Aspect == "$a").Outcome);
        var c = checks.Single(c => c.Aspect == "$c");
        Assert.Equal(("25 cm", ""), (c.Original, c.Result));
    }

    [Fact]
    public void Fixed_field_positions_are_three_classes()
    {
        var o = Marc(new ControlField("008", F008), Field("260", ' ', ' ', ('a', "Cambridge, Mass. :")));
        var r = Marc(new ControlField("008", "260101s2002    xx            000 | eng d"));
        Assert.Equal(CheckOutcome.Agree, Checks(o, r, AgreementClasses.Dates008).Single().Outcome);
        Assert.Equal(("mau", "xx "), Checks(o, r, AgreementClasses.Place008).Select(c => (c.Original, c.Result)).Single());
        Assert.Equal(CheckOutcome.Agree, Checks(o, r, AgreementClasses.Language008).Single().Outcome);
    }

    /// <summary>pymarc/1251.dat: 008/15-17 "ru" with only "260 $c 1910": the country is in 008 alone, the page has no label for it.</summary>
    [Fact]
    public void A_place_code_without_a_place_of_publication_is_not_stated()
    {
        var o = Marc(new ControlField("008", "000628s1910    ru nnn| |||||u||| knrus  "), Field("260", ' ', ' ', ('c', "1910")));
        var r = Marc(new ControlField("008", "260101s1910    xx            000 | rus d"));
        var c = Checks(o, r, AgreementClasses.Place008).Single();
        Assert.Equal((CheckOutcome.NotStated, "008/15-17 with no 260/264 $a"), (c.Outcome, c.Aspect));
        Assert.Equal(CheckOutcome.Agree, Checks(o, r, AgreementClasses.Dates008).Single().Outcome);
    }

    /// <summary>
    /// marc4j/065001035.mrc ("c####9999"), marc-perl/mij_test.mrc ("s1968^^^^"), traject/date_type_r_missing_date2.marc
    /// ("r1957" with no Date 2), ruby-marc/marc8_accented_chars.marc (fill "|1966||||"): not valid or not coded, not counted.
    /// </summary>
    [Theory]
    [InlineData("c####9999")]
    [InlineData("s1968^^^^")]
    [InlineData("r1957    ")]
    [InlineData("|1966||||")]
    [InlineData("n        ")]
    public void Original_dates_not_valid_marc_are_not_counted(string dates)
    {
        var o = Marc(new ControlField("008", "180101" + dates + "xx            000 0 eng d"));
        var r = Marc(new ControlField("008", "260101s2018    xx            000 | eng d"));
        Assert.Equal(CheckOutcome.OriginalNotValid, Checks(o, r, AgreementClasses.Dates008).Single().Outcome);
    }

    [Theory]
    [InlineData("s2018    ", true)]
    [InlineData("m19329999", true)]
    [InlineData("c19uu9999", true)]
    [InlineData("nuuuuuuuu", true)]
    [InlineData("b        ", true)]
    [InlineData("e19761027", true)]
    [InlineData("s2018 cc ", false)]
    [InlineData("x20182018", false)]
    public void Valid_dates_follow_the_type_of_date(string dates, bool valid) => Assert.Equal(valid, OriginalFixedField.DatesValid(dates));

    [Theory]
    [InlineData("nyu", true)]
    [InlineData("fr ", true)]
    [InlineData("|||", false)]
    [InlineData("sw^", false)]
    [InlineData("x  ", false)]
    public void Valid_place_codes_are_two_or_three_letters(string code, bool valid) => Assert.Equal(valid, OriginalFixedField.PlaceValid(code));

    [Fact]
    public void Title_statement_of_responsibility_is_compared_since_the_page_states_it()
    {
        var o = Marc(Field("245", '1', '0', ('a', "From Lenin to Stalin /"), ('c', "Victor Serge.")));
        var agree = Checks(o, Marc(Field("245", '1', '0', ('a', "From Lenin to Stalin"), ('c', "Victor Serge"))), AgreementClasses.Title245);
        Assert.All(agree, c => Assert.Equal(CheckOutcome.Agree, c.Outcome));
        var missing = Checks(o, Marc(Field("245", '1', '0', ('a', "From Lenin to Stalin"))), AgreementClasses.Title245).Single(c => c.Aspect == "$c");
        Assert.Equal((CheckOutcome.Disagree, "Victor Serge", ""), (missing.Outcome, missing.Original, missing.Result));
    }

    [Fact]
    public void Isbn_is_compared_by_number_and_qualifier_wherever_it_was_written()
    {
        var o = Marc(Field("020", ' ', ' ', ('a', "1-55553-529-1 (cloth : alk. paper)"), ('c', "$25.00")));
        var r = Marc(Field("020", ' ', ' ', ('a', "1555535291"), ('q', "cloth : alk. paper")));
        var checks = Checks(o, r, AgreementClasses.Isbn020);
        Assert.Equal(CheckOutcome.Agree, checks.Single(c => c.Aspect == "$a").Outcome);
        Assert.Equal(CheckOutcome.Agree, checks.Single(c => c.Aspect == "qualifier").Outcome);
        Assert.Equal(CheckOutcome.NotStated, checks.Single(c => c.Aspect == "$c").Outcome);
    }

    [Fact]
    public void Only_what_the_original_has_is_checked()
    {
        var o = Marc(Field("245", '0', '0', ('a', "T")));
        var r = Marc(Field("245", '0', '0', ('a', "T")), Field("300", ' ', ' ', ('a', "1 v")), Field("650", ' ', '4', ('a', "X")));
        Assert.DoesNotContain(FieldComparer.Compare(o, r, "t"), c => c.Class != AgreementClasses.Title245);
    }

    [Fact]
    public void Fields_the_page_cannot_carry_are_not_stated_whole()
    {
        var o = Marc(Field("040", ' ', ' ', ('a', "DLC")), Field("546", ' ', ' ', ('a', "Serbian"), ('b', "Cyrillic alphabet.")),
            Field("800", '1', ' ', ('a', "Shakespeare, William,"), ('t', "Works.")));
        Assert.All(FieldComparer.Compare(o, Marc(), "t"), c => Assert.Equal(CheckOutcome.NotStated, c.Outcome));
    }

    [Fact]
    public void A_language_note_of_one_a_is_compared_with_ours()
    {
        // Cornell 10059966 (folio-srm/CornellFOLIOExemplars_Bibs.mrc).
        var o = Marc(Field("546", ' ', ' ', ('a', "In Hindi; includes passages in Sanskrit.")));
        var c = Assert.Single(Checks(o, Marc(Field("546", ' ', ' ', ('a', "In Hindi; includes passages in Sanskrit"))), AgreementClasses.LanguageNote546));
        Assert.Equal(CheckOutcome.Agree, c.Outcome);
        Assert.Equal(CheckOutcome.Disagree, Assert.Single(Checks(o, Marc(), AgreementClasses.LanguageNote546)).Outcome);
    }

    [Fact]
    public void A_traced_series_is_compared_by_490_ind1_and_its_830_a_v_and_ind2()
    {
        var o = Marc(Field("490", '1', ' ', ('a', "Forever learning")), Field("830", ' ', '0', ('a', "Forever learning.")));
        var traced = Checks(o, Marc(Field("490", '1', ' ', ('a', "Forever learning")), Field("830", ' ', '0', ('a', "Forever learning"))), AgreementClasses.Series490);
        Assert.Equal(["$a", "490 ind1", "830 ind2", "$a"], traced.Select(c => c.Aspect));
        Assert.All(traced, c => Assert.Equal(CheckOutcome.Agree, c.Outcome));
        var transcribed = Checks(o, Marc(Field("490", '0', ' ', ('a', "Forever learning"))), AgreementClasses.Series490);
        Assert.Equal([CheckOutcome.Agree, CheckOutcome.Disagree, CheckOutcome.Disagree, CheckOutcome.Disagree], transcribed.Select(c => c.Outcome));
    }

    [Fact]
    public void A_series_traced_in_800_leaves_490_ind1_not_stated()
    {
        var o = Marc(Field("490", '1', ' ', ('a', "Works of Shakespeare ;"), ('v', "3")), Field("800", '1', ' ', ('a', "Shakespeare, William,"), ('t', "Works ;"), ('v', "3.")));
        var checks = Checks(o, Marc(Field("490", '0', ' ', ('a', "Works of Shakespeare"), ('v', "3"))), AgreementClasses.Series490);
        Assert.Equal(CheckOutcome.NotStated, checks.Single(c => c.Aspect == "490 ind1").Outcome);
        Assert.Equal(CheckOutcome.NotStated, checks.Single(c => c.Aspect == "800").Outcome);
        Assert.All(checks.Where(c => c.Aspect is "$a" or "$v"), c => Assert.Equal(CheckOutcome.Agree, c.Outcome));
    }

    [Fact]
    public void Notes_compare_words_of_all_fields_together()
    {
        var o = Marc(Field("505", '0', ' ', ('a', "One -- Two --")), Field("505", '8', ' ', ('a', "Three.")));
        var r = Marc(Field("505", '0', ' ', ('a', "One -- Two -- Three")));
        Assert.Equal(CheckOutcome.Agree, Checks(o, r, AgreementClasses.Contents505).Single(c => c.Aspect == "text").Outcome);
    }

    [Theory]
    [InlineData(' ', true)]     // marc4j/pride-and-prejudice-fixed.mrc#374: 490 ind1 blank is not defined
    [InlineData('1', false)]    // marc4j/pride-and-prejudice-fixed.mrc#131: "traced", but the record has no 8XX
    public void A_490_first_indicator_no_page_could_be_held_to_is_not_valid(char ind1, bool blank)
    {
        var o = Marc(Field("490", ind1, ' ', ('a', blank ? "Classic fiction" : "Bantam classic.")));
        var c = Checks(o, Marc(Field("490", '0', ' ', ('a', blank ? "Classic fiction" : "Bantam classic"))), AgreementClasses.Series490).Single(c => c.Aspect == "490 ind1");
        Assert.Equal(CheckOutcome.OriginalNotValid, c.Outcome);
    }

    [Fact]
    public void Record_UkOxUb11173746_an_830_second_indicator_that_is_no_digit_is_not_valid()
    {
        var o = Marc(Field("490", '1', ' ', ('a', "A Purnell classic")), Field("830", ' ', ' ', ('a', "Purnell classics")));
        var r = Marc(Field("490", '1', ' ', ('a', "A Purnell classic")), Field("830", ' ', '0', ('a', "Purnell classics")));
        var checks = Checks(o, r, AgreementClasses.Series490);
        Assert.Equal(CheckOutcome.OriginalNotValid, checks.Single(c => c.Aspect == "830 ind2").Outcome);
        Assert.All(checks.Where(c => c.Aspect != "830 ind2"), c => Assert.Equal(CheckOutcome.Agree, c.Outcome));
    }
}
