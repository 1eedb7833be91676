namespace Exporter.Tools.CataloguingAgreement;

/// <summary>What one field check found.</summary>
public enum CheckOutcome
{
    /// <summary>The page's MARC says what the original cataloguer wrote.</summary>
    Agree,

    /// <summary>The page's MARC says something else (or nothing).</summary>
    Disagree,

    /// <summary>The catalog-text layout cannot carry this fact at all: neither agreement nor disagreement.</summary>
    NotStated,

    /// <summary>
    /// The original's own value is not coded or not valid MARC 21 (e.g. 008/06-14 <c>c####9999</c>): no page could be held to
    /// it, so it is listed, not counted (<see cref="OriginalFixedField"/>).
    /// </summary>
    OriginalNotValid,
}
