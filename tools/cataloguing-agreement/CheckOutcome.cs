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
}
