namespace Exporter.Model;

/// <summary>What a subject heading names (MARC 600/610/611/630/650/651/655/653).</summary>
public enum SubjectKind
{
    Topical,
    Person,
    Organization,
    Meeting,
    Title,
    Geographic,
    Genre,

    /// <summary>An uncontrolled keyword (MARC 653).</summary>
    Keyword,
}
