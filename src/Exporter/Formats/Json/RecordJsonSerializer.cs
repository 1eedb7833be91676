using System.Globalization;
using System.Text;
using Exporter.Formats.Common;
using Exporter.Formats.Common.Text;
using Exporter.Model;
using Newtonsoft.Json;

namespace Exporter.Formats.Json;

/// <summary>
/// Hub record to one line of JSON through Newtonsoft's <see cref="JsonTextWriter"/>; property order fixed, nulls and
/// empty lists left out. The reference the JSON Lines fast path (<see cref="RecordJsonUtf8Writer"/>) is held to.
/// </summary>
internal static class RecordJsonSerializer
{
    /// <summary>The record as compact JSON (no line breaks).</summary>
    public static string Serialize(CatalogRecord r)
    {
        var sb = new StringBuilder();
        Append(r, sb);
        return sb.ToString();
    }

    /// <summary>Appends what <see cref="Serialize"/> returns to <paramref name="sb"/>.</summary>
    internal static void Append(CatalogRecord r, StringBuilder sb)
    {
        using var sw = new StringWriter(sb, CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(sw) { Formatting = Formatting.None, StringEscapeHandling = StringEscapeHandling.Default })
        {
            w.WriteStartObject();
            Str(w, "title", r.Title);
            Str(w, "subtitle", r.Subtitle);
            Str(w, "statementOfResponsibility", r.StatementOfResponsibility);
            Array(w, "contributors", r.Contributors, c =>
            {
                Str(w, "name", c.Name);
                Strings(w, "roles", c.Roles, keepEmpty: true);
                Str(w, "kind", RecordJsonNames.Kind(c.Kind));
            });
            Str(w, "publisher", r.Publisher);
            Str(w, "place", r.Place);
            Int(w, "yearPublished", r.YearPublished);
            Str(w, "dateOfPublication", r.DateOfPublication);
            Int(w, "firstPublished", r.FirstPublished);
            Str(w, "edition", r.Edition);
            if (r.Extent is not null)
            {
                JsonStringValue.WriteName(w, "extent");
                w.WriteStartObject();
                Int(w, "pages", r.Extent.Pages);
                Str(w, "text", r.Extent.Text);
                w.WriteEndObject();
            }

            Str(w, "resourceType", r.ResourceType.ToString());
            Array(w, "identifiers", r.Identifiers, i =>
            {
                Str(w, "type", RecordJsonNames.IdType(i.Type));
                Str(w, "value", i.Value);
                Str(w, "qualifier", i.Qualifier);
            });
            Strings(w, "languages", r.Languages);
            Strings(w, "translatedFrom", r.TranslatedFrom);
            Str(w, "languageNote", r.LanguageNote);
            Array(w, "series", r.Series, s =>
            {
                Str(w, "title", s.Title);
                Str(w, "number", s.Number);
                Str(w, "heading", s.Heading);
                Str(w, "headingNumber", s.HeadingNumber);
            });
            Str(w, "description", r.Description);
            Str(w, "abstract", r.Abstract);
            Array(w, "reviews", r.Reviews, v =>
            {
                Strings(w, "paragraphs", v.Paragraphs, keepEmpty: true);
                Str(w, "reviewer", v.Reviewer);
            });
            Array(w, "contents", r.Contents, s =>
            {
                Str(w, "heading", s.Heading);
                Array(w, "entries", s.Entries, e =>
                {
                    Str(w, "title", e.Title);
                    Str(w, "number", e.Number);
                }, keepEmpty: true);
            });
            Array(w, "subjects", r.Subjects, s =>
            {
                Str(w, "heading", s.Heading);
                Str(w, "scheme", s.Scheme);
                Str(w, "kind", RecordJsonNames.SubjectKind(s.Kind));
            });
            Strings(w, "notes", r.Notes);
            if (r.LastModified is { } changed) Str(w, "lastModified", LastModifiedText.Format(changed));
            Strings(w, "rights", r.Rights);
            Array(w, "sourceFields", r.SourceFields, f =>
            {
                Str(w, "format", f.Format);
                Str(w, "key", f.Key);
                Str(w, "value", f.Value);
            });
            w.WriteEndObject();
        }
    }

    private static void Str(JsonTextWriter w, string name, string? value)
    {
        if (value is null) return;
        JsonStringValue.WriteName(w, name);
        JsonStringValue.Write(w, value);
    }

    private static void Int(JsonTextWriter w, string name, int? value)
    {
        if (value is null) return;
        JsonStringValue.WriteName(w, name);
        w.WriteValue(value.Value);
    }

    private static void Strings(JsonTextWriter w, string name, System.Collections.Immutable.ImmutableArray<string> values, bool keepEmpty = false)
    {
        if (values.IsDefaultOrEmpty && !keepEmpty) return;
        JsonStringValue.WriteName(w, name);
        w.WriteStartArray();
        if (!values.IsDefault)
        {
            foreach (var v in values) JsonStringValue.Write(w, v);
        }

        w.WriteEndArray();
    }

    private static void Array<T>(JsonTextWriter w, string name, System.Collections.Immutable.ImmutableArray<T> values, Action<T> body, bool keepEmpty = false)
    {
        if (values.IsDefaultOrEmpty && !keepEmpty) return;
        JsonStringValue.WriteName(w, name);
        w.WriteStartArray();
        if (!values.IsDefault)
        {
            foreach (var v in values)
            {
                w.WriteStartObject();
                body(v);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
    }
}
