namespace Exporter.Model;

/// <summary>Whether a contributor is a person, an organization (corporate body) or a family.</summary>
public enum AgentKind
{
    /// <summary>A person (MARC 100/700).</summary>
    Person,

    /// <summary>A corporate body (MARC 110/710).</summary>
    Organization,

    /// <summary>A family (MARC 100/700 with first indicator 3).</summary>
    Family,
}
