using System.Text.RegularExpressions;

namespace Exporter.Formats.Rdf.Bibframe.Reading;

/// <summary>
/// A person's label as the hub writes names: the dates ($d) after ", " ("Marx, Karl, 1818-1883"). A BIBFRAME label
/// joins the name subfields with a space, so a name whose $a had no comma of its own reads "Marx, Karl 1818-1883".
/// </summary>
internal static partial class PersonalNameLabel
{
    [GeneratedRegex(@"^(?<name>.*[^,\s]) (?<dates>(?:b\. |d\. |ca\. )?\d{3,4}\??(?:-(?:\d{3,4}\??)?)?)$")]
    private static partial Regex TrailingDates();

    public static string Hub(string label) =>
        TrailingDates().Match(label) is { Success: true } m && m.Groups["name"].Value.Contains(' ', StringComparison.Ordinal)
            ? m.Groups["name"].Value + ", " + m.Groups["dates"].Value
            : label;
}
