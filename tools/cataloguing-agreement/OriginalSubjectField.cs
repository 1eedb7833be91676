using Exporter.Formats.Marc.Model;

namespace Exporter.Tools.CataloguingAgreement;

/// <summary>
/// Whether an original subject field is coded as MARC 21 defines it (MARC 21 Bibliographic 6XX, Subject Access Fields:
/// https://www.loc.gov/marc/bibliographic/bd6xx.html and the page of each tag). A field that is not (second indicator
/// <c>9</c>; <c>7</c> without <c>$2</c>; no <c>$a</c>, or <c>$a</c> repeated, or subdivisions written into <c>$a</c> after "--"; a 600/610/611 name-type indicator MARC 21
/// does not define; a text subfield the tag does not define, such as 651 <c>$b $c $d $t</c>) is no target a page
/// could be held to: its check is <see cref="CheckOutcome.OriginalNotValid"/>, listed in the report and not counted.
/// </summary>
public static class OriginalSubjectField
{
    /// <summary>Text subfields of <see cref="FieldComparer"/>'s comparison ($a-$d $q $n $t $v $x $y $z) that a tag does not define.</summary>
    private static readonly Dictionary<string, string> Undefined = new(StringComparer.Ordinal)
    {
        ["610"] = "q", ["611"] = "b", ["630"] = "bcq", ["650"] = "qnt", ["651"] = "bcdqnt", ["655"] = "dqnt",
    };

    public static bool Valid(DataField f)
    {
        if (f.Tag == "653") return true;                                                     // uncontrolled: $a repeatable, indicators free
        if (f.Indicator2 is not (' ' or (>= '0' and <= '7'))) return false;                 // blank is read as 4 (FieldComparer.SubjectCoding)
        if (f.Indicator2 == '7' && string.IsNullOrWhiteSpace(f['2'])) return false;          // 7: "Source specified in subfield $2"
        var a = f.Subfields.Where(s => s.Code == 'a').ToList();
        if (a.Count != 1 || string.IsNullOrWhiteSpace(a[0].Value)) return false;          // $a is required and not repeatable in 600-655
        if (a[0].Value.Contains("--", StringComparison.Ordinal)) return false;             // subdivisions go in $v $x $y $z; "--" is display, not content
        var ind1 = f.Tag switch { "600" => "013", "610" or "611" => "012", _ => null };
        if (ind1 is not null && !ind1.Contains(f.Indicator1, StringComparison.Ordinal)) return false;
        return !Undefined.TryGetValue(f.Tag, out var undefined) || !f.Subfields.Any(s => undefined.Contains(s.Code, StringComparison.Ordinal));
    }
}
