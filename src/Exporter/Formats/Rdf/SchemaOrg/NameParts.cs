namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>
/// An inverted personal name "Family, Given" (exactly one ", ", both sides non-empty) splits into familyName and
/// givenName and back; any other name ("Plato", "Marx, Karl, 1818-1883") stays whole in <c>name</c>.
/// </summary>
internal static class NameParts
{
    public static (string Family, string Given)? Split(string name)
    {
        var i = name.IndexOf(", ", StringComparison.Ordinal);
        if (i <= 0 || i + 2 >= name.Length || name.IndexOf(", ", i + 2, StringComparison.Ordinal) >= 0) return null;
        return (name[..i], name[(i + 2)..]);
    }

    public static string Join(string family, string given) => family + ", " + given;
}
