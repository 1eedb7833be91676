using Exporter.Formats.Common;
using Exporter.Formats.Common.Text;
using Exporter.Model;

namespace Exporter.Formats.Json;

/// <summary>
/// The JSON Lines fast path: one hub record as compact JSON written straight to UTF-8 by a <see cref="JsonUtf8Writer"/>.
/// Its guarantee: exactly the UTF-8 bytes of <see cref="RecordJsonSerializer.Serialize"/> (same members in the same
/// order, nulls and empty lists left out in the same places, same escaping; a lone surrogate as U+FFFD, as the line
/// formatter's encoder wrote it), held to it over the MARC corpus and generated hostile records
/// (<c>RecordJsonUtf8WriterTests</c>).
/// </summary>
internal static class RecordJsonUtf8Writer
{
    /// <summary>Appends <paramref name="r"/> as one JSON object to <paramref name="w"/>.</summary>
    public static void Write(CatalogRecord r, JsonUtf8Writer w)
    {
        w.StartObject();
        Str(w, "title"u8, r.Title);
        Str(w, "subtitle"u8, r.Subtitle);
        Str(w, "statementOfResponsibility"u8, r.StatementOfResponsibility);
        Objects(w, "contributors"u8, r.Contributors, static (w, c) =>
        {
            Str(w, "name"u8, c.Name);
            Strings(w, "roles"u8, c.Roles, keepEmpty: true);
            Str(w, "kind"u8, RecordJsonNames.Kind(c.Kind));
        });

        Str(w, "publisher"u8, r.Publisher);
        Str(w, "place"u8, r.Place);
        Int(w, "yearPublished"u8, r.YearPublished);
        Str(w, "dateOfPublication"u8, r.DateOfPublication);
        Int(w, "firstPublished"u8, r.FirstPublished);
        Str(w, "edition"u8, r.Edition);
        if (r.Extent is not null)
        {
            w.Name("extent"u8);
            w.StartObject();
            Int(w, "pages"u8, r.Extent.Pages);
            Str(w, "text"u8, r.Extent.Text);
            w.EndObject();
        }

        Str(w, "resourceType"u8, r.ResourceType.ToString());
        Objects(w, "identifiers"u8, r.Identifiers, static (w, i) =>
        {
            Str(w, "type"u8, RecordJsonNames.IdType(i.Type));
            Str(w, "value"u8, i.Value);
            Str(w, "qualifier"u8, i.Qualifier);
        });

        Strings(w, "languages"u8, r.Languages);
        Strings(w, "translatedFrom"u8, r.TranslatedFrom);
        Str(w, "languageNote"u8, r.LanguageNote);
        Objects(w, "series"u8, r.Series, static (w, s) =>
        {
            Str(w, "title"u8, s.Title);
            Str(w, "number"u8, s.Number);
            Str(w, "heading"u8, s.Heading);
            Str(w, "headingNumber"u8, s.HeadingNumber);
        });

        Str(w, "description"u8, r.Description);
        Str(w, "abstract"u8, r.Abstract);
        Objects(w, "reviews"u8, r.Reviews, static (w, v) =>
        {
            Strings(w, "paragraphs"u8, v.Paragraphs, keepEmpty: true);
            Str(w, "reviewer"u8, v.Reviewer);
        });

        Objects(w, "contents"u8, r.Contents, static (w, s) =>
        {
            Str(w, "heading"u8, s.Heading);
            Objects(w, "entries"u8, s.Entries, static (w, e) =>
            {
                Str(w, "title"u8, e.Title);
                Str(w, "number"u8, e.Number);
            }, keepEmpty: true);
        });

        Objects(w, "subjects"u8, r.Subjects, static (w, s) =>
        {
            Str(w, "heading"u8, s.Heading);
            Str(w, "scheme"u8, s.Scheme);
            Str(w, "kind"u8, RecordJsonNames.SubjectKind(s.Kind));
        });

        Strings(w, "notes"u8, r.Notes);
        if (r.LastModified is { } changed) Str(w, "lastModified"u8, LastModifiedText.Format(changed));
        Strings(w, "rights"u8, r.Rights);
        Objects(w, "sourceFields"u8, r.SourceFields, static (w, f) =>
        {
            Str(w, "format"u8, f.Format);
            Str(w, "key"u8, f.Key);
            Str(w, "value"u8, f.Value);
        });

        w.EndObject();
    }

    private static void Str(JsonUtf8Writer w, ReadOnlySpan<byte> name, string? value)
    {
        if (value is null) return;
        w.Name(name);
        w.Value(value);
    }

    private static void Int(JsonUtf8Writer w, ReadOnlySpan<byte> name, int? value)
    {
        if (value is null) return;
        w.Name(name);
        w.Value(value.Value);
    }

    /// <summary>
    /// The objects of <paramref name="items"/> as an array named <paramref name="name"/>, each object's members written by
    /// <paramref name="members"/> (a static lambda: no allocation); nothing when the list is empty, unless
    /// <paramref name="keepEmpty"/> (then <c>[]</c>).
    /// </summary>
    private static void Objects<T>(JsonUtf8Writer w, ReadOnlySpan<byte> name, System.Collections.Immutable.ImmutableArray<T> items, Action<JsonUtf8Writer, T> members, bool keepEmpty = false)
    {
        if (items.IsDefaultOrEmpty && !keepEmpty) return;
        w.Name(name);
        w.StartArray();
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                w.StartObject();
                members(w, item);
                w.EndObject();
            }
        }

        w.EndArray();
    }

    private static void Strings(JsonUtf8Writer w, ReadOnlySpan<byte> name, System.Collections.Immutable.ImmutableArray<string> values, bool keepEmpty = false)
    {
        if (values.IsDefaultOrEmpty && !keepEmpty) return;
        w.Name(name);
        w.StartArray();
        if (!values.IsDefault)
        {
            foreach (var v in values) w.Value(v);
        }

        w.EndArray();
    }
}
