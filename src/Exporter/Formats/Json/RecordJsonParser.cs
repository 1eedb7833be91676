using System.Collections.Immutable;
using Exporter.Diagnostics;
using Exporter.Formats.Common.Text;
using Exporter.Model;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Exporter.Formats.Json;

/// <summary>Maps a JSON object to the hub, reporting wrong types and unknown properties with their place.</summary>
internal sealed class RecordJsonParser(IDiagnostics diagnostics, int line)
{
    private static readonly HashSet<string> Known =
    [
        "title", "subtitle", "statementOfResponsibility", "contributors", "publisher", "place", "yearPublished", "dateOfPublication", "firstPublished", "edition", "extent",
        "resourceType", "identifiers", "languages", "translatedFrom", "languageNote", "series", "description", "abstract", "reviews", "contents", "subjects",
        "notes", "lastModified", "rights", "sourceFields",
    ];

    public CatalogRecord? Parse(JObject o)
    {
        foreach (var p in o.Properties())
        {
            if (!Known.Contains(p.Name)) Report(p, Severity.Warning, "JSON0010", $"unknown property '{p.Name}' ignored");
        }

        var title = Str(o, "title");
        if (title is null)
        {
            Report(o, Severity.Error, "JSON0011", "a record needs a string 'title'");
            return null;
        }

        return new CatalogRecord
        {
            Title = title,
            Subtitle = Str(o, "subtitle"),
            StatementOfResponsibility = Str(o, "statementOfResponsibility"),
            Contributors = List(o, "contributors", c => new Contributor(Str(c, "name", true) ?? "", Strings(c, "roles"), Enum(c, "kind", RecordJsonNames.ParseKind, AgentKind.Person))),
            Publisher = Str(o, "publisher"),
            Place = Str(o, "place"),
            YearPublished = Int(o, "yearPublished"),
            DateOfPublication = Str(o, "dateOfPublication"),
            FirstPublished = Int(o, "firstPublished"),
            Edition = Str(o, "edition"),
            Extent = o["extent"] is JObject e ? new Extent(Int(e, "pages"), Str(e, "text")) : null,
            ResourceType = ResourceTypeOf(o),
            Identifiers = List(o, "identifiers", i => new Identifier(Enum(i, "type", RecordJsonNames.ParseIdType, IdentifierType.Local), Str(i, "value", true) ?? "", Str(i, "qualifier"))),
            Languages = Strings(o, "languages"),
            TranslatedFrom = Strings(o, "translatedFrom"),
            LanguageNote = Str(o, "languageNote"),
            Series = List(o, "series", s => new SeriesStatement(Str(s, "title", true) ?? "", Str(s, "number"), Str(s, "heading"), Str(s, "headingNumber"))),
            Description = Str(o, "description"),
            Abstract = Str(o, "abstract"),
            Reviews = List(o, "reviews", r => new Review(Strings(r, "paragraphs"), Str(r, "reviewer"))),
            Contents = List(o, "contents", s => new ContentsSection(Str(s, "heading"), List(s, "entries", e => new ContentsEntry(Str(e, "title", true) ?? "", Str(e, "number"))))),
            Subjects = List(o, "subjects", s => new Subject(Str(s, "heading", true) ?? "", Str(s, "scheme"), Enum(s, "kind", RecordJsonNames.ParseSubjectKind, SubjectKind.Topical))),
            Notes = Strings(o, "notes"),
            LastModified = DateTime(o, "lastModified"),
            Rights = Strings(o, "rights"),
            SourceFields = List(o, "sourceFields", f => new SourceField(Str(f, "format", true) ?? "", Str(f, "key", true) ?? "", Str(f, "value", true) ?? "")),
        };
    }

    private ResourceType ResourceTypeOf(JObject o)
    {
        var s = Str(o, "resourceType");
        if (s is null) return ResourceType.Book;
        if (System.Enum.TryParse<ResourceType>(s, false, out var t) && !int.TryParse(s, out _)) return t;
        Report(o["resourceType"]!, Severity.Error, "JSON0012", $"unknown resourceType '{s}'");
        return ResourceType.Other;
    }

    private string? Str(JObject o, string name, bool required = false)
    {
        var t = o[name];
        if (t is null || t.Type == JTokenType.Null)
        {
            if (required) Report(o, Severity.Error, "JSON0013", $"'{name}' is required");
            return null;
        }

        if (t.Type == JTokenType.String) return (string?)t;
        Report(t, Severity.Error, "JSON0014", $"'{name}' must be a string");
        return null;
    }

    /// <summary>An ISO 8601 date or date and time (<see cref="LastModifiedText"/>).</summary>
    private DateTimeOffset? DateTime(JObject o, string name)
    {
        var s = Str(o, name);
        if (s is null) return null;
        if (LastModifiedText.TryParse(s, out var value)) return value;
        Report(o[name]!, Severity.Error, "JSON0019", $"'{name}' must be an ISO 8601 date or date and time (2024-03-01, 2024-03-01T12:30:00Z)");
        return null;
    }

    private int? Int(JObject o, string name)
    {
        var t = o[name];
        if (t is null || t.Type == JTokenType.Null) return null;
        // integers beyond long are BigInteger, which Value<long>() cannot convert: report them, do not throw
        var n = t is JValue { Value: long l } ? l : t is JValue { Value: int i } ? i : (long?)null;
        if (n is >= int.MinValue and <= int.MaxValue) return (int)n.Value;
        Report(t, Severity.Error, "JSON0015", $"'{name}' must be an integer");
        return null;
    }

    private T Enum<T>(JObject o, string name, Func<string, T?> parse, T fallback)
        where T : struct
    {
        var s = Str(o, name);
        if (s is null) return fallback;
        if (parse(s) is T v) return v;
        Report(o[name]!, Severity.Error, "JSON0016", $"'{s}' is not a valid {name}");
        return fallback;
    }

    private ImmutableArray<string> Strings(JObject o, string name)
    {
        var t = o[name];
        if (t is null || t.Type == JTokenType.Null) return [];
        if (t is not JArray a)
        {
            Report(t, Severity.Error, "JSON0017", $"'{name}' must be an array");
            return [];
        }

        var b = ImmutableArray.CreateBuilder<string>(a.Count);
        foreach (var item in a)
        {
            if (item.Type == JTokenType.String) b.Add((string)item!);
            else Report(item, Severity.Error, "JSON0014", $"items of '{name}' must be strings");
        }

        return b.ToImmutable();
    }

    private ImmutableArray<T> List<T>(JObject o, string name, Func<JObject, T> map)
    {
        var t = o[name];
        if (t is null || t.Type == JTokenType.Null) return [];
        if (t is not JArray a)
        {
            Report(t, Severity.Error, "JSON0017", $"'{name}' must be an array");
            return [];
        }

        var b = ImmutableArray.CreateBuilder<T>(a.Count);
        foreach (var item in a)
        {
            if (item is JObject obj) b.Add(map(obj));
            else Report(item, Severity.Error, "JSON0018", $"items of '{name}' must be objects");
        }

        return b.ToImmutable();
    }

    private void Report(JToken t, Severity severity, string code, string message)
    {
        var info = (IJsonLineInfo)t;
        diagnostics.Report(new Diagnostic(code, severity, message)
        {
            Line = line + (info.HasLineInfo() ? info.LineNumber - 1 : 0),
            Column = info.HasLineInfo() ? info.LinePosition : null,
            Field = t.Path.Length == 0 ? null : t.Path,
        });
    }
}
