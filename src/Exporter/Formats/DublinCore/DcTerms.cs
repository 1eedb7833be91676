using System.Collections.Frozen;

namespace Exporter.Formats.DublinCore;

/// <summary>
/// The Dublin Core vocabulary the codecs know: the 15 DCMES 1.1 elements and the DCMI terms declared in
/// DCMI's dcterms.xsd (2008-02-11), with the simple-DC element each refinement dumbs down to.
/// </summary>
public static class DcTerms
{
    /// <summary>The 15 DCMES 1.1 elements, in their customary order.</summary>
    public static readonly IReadOnlyList<string> Elements =
    [
        "title", "creator", "subject", "description", "publisher", "contributor", "date", "type",
        "format", "identifier", "source", "language", "relation", "coverage", "rights",
    ];

    // dcterms term -> the DCMES element it refines (substitution groups of dcterms.xsd, followed to the root);
    // null for terms that only substitute dc:any (no simple-DC equivalent).
    private static readonly FrozenDictionary<string, string?> TermParents = BuildTermParents();

    private static readonly FrozenSet<string> ElementSet = Elements.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>True for one of the 15 DCMES 1.1 element names.</summary>
    public static bool IsElement(string name) => ElementSet.Contains(name);

    /// <summary>True for a term declared in the dcterms namespace (the 15 elements, refinements, others).</summary>
    public static bool IsTerm(string name) => TermParents.ContainsKey(name);

    /// <summary>True when the name is known in the given namespace.</summary>
    public static bool IsKnown(DcNamespace ns, string name) =>
        ns == DcNamespace.Elements ? IsElement(name) : IsTerm(name);

    /// <summary>
    /// The DCMES 1.1 element a statement dumbs down to in simple DC (<c>abstract</c> -> <c>description</c>,
    /// <c>issued</c> -> <c>date</c>, <c>extent</c> -> <c>format</c>, <c>isPartOf</c> -> <c>relation</c>...),
    /// or null when the term has no simple-DC equivalent (<c>audience</c>, <c>provenance</c>...) or is unknown.
    /// </summary>
    public static string? SimpleElementOf(DcNamespace ns, string name)
    {
        if (ns == DcNamespace.Elements) return IsElement(name) ? name : null;
        return TermParents.TryGetValue(name, out var parent) ? parent : null;
    }

    private static FrozenDictionary<string, string?> BuildTermParents()
    {
        var map = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in Elements) map[e] = e;
        void Refine(string parent, params string[] terms)
        {
            foreach (var t in terms) map[t] = parent;
        }

        Refine("title", "alternative");
        Refine("description", "tableOfContents", "abstract");
        Refine("date", "created", "valid", "available", "issued", "modified", "dateAccepted", "dateCopyrighted", "dateSubmitted");
        Refine("format", "extent", "medium");
        Refine("relation", "isVersionOf", "hasVersion", "isReplacedBy", "replaces", "isRequiredBy", "requires",
            "isPartOf", "hasPart", "isReferencedBy", "references", "isFormatOf", "hasFormat", "conformsTo");
        Refine("coverage", "spatial", "temporal");
        Refine("rights", "accessRights", "license");
        Refine("identifier", "bibliographicCitation");
        foreach (var t in (string[])["audience", "accrualMethod", "accrualPeriodicity", "accrualPolicy",
                     "instructionalMethod", "provenance", "rightsHolder", "mediator", "educationLevel"])
        {
            map[t] = null;
        }

        return map.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
