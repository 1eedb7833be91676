using Exporter.Model;

namespace Exporter.Formats.Json;

/// <summary>The JSON spellings of the hub's enumerations (lower-case words), both ways.</summary>
internal static class RecordJsonNames
{
    private static readonly string[] Kinds = ["person", "organization", "family"];
    private static readonly string[] IdTypes = ["local", "isbn", "issn", "lccn", "oclc", "doi", "url"];
    private static readonly string[] SubjectKinds = ["topical", "person", "organization", "meeting", "title", "geographic", "genre", "keyword"];

    public static string Kind(AgentKind k) => Kinds[(int)k];

    public static string IdType(IdentifierType t) => IdTypes[(int)t];

    public static string SubjectKind(Model.SubjectKind k) => SubjectKinds[(int)k];

    public static AgentKind? ParseKind(string s) => Array.IndexOf(Kinds, s) is var i and >= 0 ? (AgentKind)i : null;

    public static IdentifierType? ParseIdType(string s) => Array.IndexOf(IdTypes, s) is var i and >= 0 ? (IdentifierType)i : null;

    public static Model.SubjectKind? ParseSubjectKind(string s) => Array.IndexOf(SubjectKinds, s) is var i and >= 0 ? (Model.SubjectKind)i : null;
}
