namespace Exporter.Tools.CataloguingAgreement;

/// <summary>The field classes of the agreement table (issue #13), in the order they are reported.</summary>
public static class AgreementClasses
{
    public const string Subjects = "6XX subject tags and subdivision coding";
    public const string Dates008 = "008/06-14 date type and dates";
    public const string Place008 = "008/15-17 place of publication code";
    public const string Language008 = "008/35-37 language code";
    public const string Extent300 = "300 $a $b $c $e";
    public const string Title245 = "245 title statement";
    public const string MainEntry1XX = "1XX main entry";
    public const string Edition250 = "250 edition";
    public const string Publication264 = "264/260 publication";
    public const string Isbn020 = "020 ISBN";
    public const string Lccn010 = "010 LCCN";
    public const string Language041 = "041 language codes";
    public const string Source040 = "040 cataloging source";
    public const string Contents505 = "505 contents";
    public const string Summary520 = "520 summary";
    public const string LanguageNote546 = "546 language note";
    public const string Series490 = "490/830 series";

    /// <summary>Every class, in report order.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Subjects, Dates008, Place008, Extent300, Language008, Title245, MainEntry1XX, Edition250, Publication264,
        Isbn020, Lccn010, Language041, Source040, Contents505, Summary520, LanguageNote546, Series490,
    ];
}
