namespace Exporter.Tools.BibframeAgreement;

/// <summary>
/// The differences with marc2bibframe2 we make on purpose, each a name (listed with its reason in
/// docs/mappings/bibframe.md) and the test that recognises its facts. Their facts are counted apart, not as agreement.
/// </summary>
public static class DeliberateDifferences
{
    private static readonly string[] InstanceSubclasses = ["Print", "Electronic", "Microform", "Tactile", "Manuscript"];

    /// <summary>The rule a one-sided fact falls under, or null.</summary>
    public static string? Classify(string factClass, string side, string fact, string? controlNumber, IReadOnlyList<string> otherSideOnly)
    {
        if (factClass == FactClass.Contributions && RoleResolved(side, fact, otherSideOnly)) return "role-term-to-iri";
        if (factClass == FactClass.InstanceTypes && side == "ours" && InstanceSubclasses.Contains(fact)) return "instance-subclass";
        if (factClass == FactClass.Identifiers && side == "ours" && controlNumber is not null && fact == "Local " + FactText.Identifier(controlNumber)) return "local-on-instance";
        return null;
    }

    /// <summary>
    /// A relator term ($e) marc2bibframe2 leaves as a label that we resolve to a relator IRI: its "name | term T" with,
    /// on our side only, "name | code" for the same agent (and the reverse).
    /// </summary>
    private static bool RoleResolved(string side, string fact, IReadOnlyList<string> otherSideOnly)
    {
        var bar = fact.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar < 0) return false;
        var name = fact[..(bar + 3)];
        var role = fact[(bar + 3)..];
        return side == "loc"
            ? role.StartsWith("term ", StringComparison.Ordinal) && otherSideOnly.Any(o => o.StartsWith(name, StringComparison.Ordinal) && o.Length == name.Length + 3)
            : role.Length == 3 && otherSideOnly.Any(o => o.StartsWith(name + "term ", StringComparison.Ordinal));
    }
}
