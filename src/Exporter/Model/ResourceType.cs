namespace Exporter.Model;

/// <summary>The kind of resource a record describes (the catalog's "Resource Type").</summary>
public enum ResourceType
{
    Book,
    Article,
    Periodical,
    Pamphlet,
    Video,
    Audio,
    Website,
    Document,
    Map,
    Score,
    Image,
    Software,
    Dataset,
    Manuscript,
    Kit,
    Other,
}
