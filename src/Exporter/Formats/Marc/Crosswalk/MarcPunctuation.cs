namespace Exporter.Formats.Marc.Crosswalk;

/// <summary>How the crosswalk punctuates MARC it writes.</summary>
public enum MarcPunctuation
{
    /// <summary>PCC minimal punctuation (leader/18 <c>c</c>): no ISBD punctuation at the end of subfields (default).</summary>
    Minimal,

    /// <summary>Full ISBD punctuation (leader/18 <c>i</c>), added on export and stripped on import; MARC::Lint-clean.</summary>
    Isbd,
}
