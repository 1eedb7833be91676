using System.Text.RegularExpressions;

namespace Exporter.Formats.Marc.Crosswalk.Tables;

/// <summary>
/// The place a university press is named for: "University of Missouri Press" -> "Missouri", "Ohio University Center for
/// International Studies" -> "Ohio", "Louisiana State University Press" -> "Louisiana". A bare city of publication
/// ("Columbia", "Athens", "Fayetteville") is coded by the cataloguer from the publisher's known seat (LC-PCC practice
/// for 008/15-17: the code of the place of publication, which the publisher identifies when the city is ambiguous).
/// </summary>
internal static partial class UniversityPressSeat
{
    public static string? Of(string publisher)
    {
        var m = UniversityOf().Match(publisher);
        if (m.Success) return m.Groups["place"].Value;
        m = PlaceUniversity().Match(publisher);
        return m.Success ? m.Groups["place"].Value : null;
    }

    [GeneratedRegex(@"^(?:The )?University of (?<place>[A-Z][a-z]+(?: [A-Z][a-z]+)??)(?: Press\b|,|$| at\b)")]
    private static partial Regex UniversityOf();

    [GeneratedRegex(@"^(?:The )?(?<place>[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: State)? University\b")]
    private static partial Regex PlaceUniversity();
}
