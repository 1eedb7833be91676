using System.Buffers;
using System.Text;
using Exporter.Diagnostics;

namespace Exporter.Formats.Rdf;

/// <summary>
/// Writes IRIs, strings and language tags in the escaped forms N-Triples and Turtle share:
/// in strings <c>\t \n \r \" \\</c> and <c>\uXXXX</c> for the other control characters; in IRIs <c>\uXXXX</c>
/// for what IRIREF forbids. An unpaired surrogate cannot be written in UTF-8 and throws <see cref="RecordWriteException"/>.
/// </summary>
internal static class RdfTextEscaper
{
    /// <summary>The ASCII characters strings escape (surrogates are looked for apart: an ASCII set searches faster).</summary>
    private static readonly SearchValues<char> StringSpecials = SearchValues.Create(BuildStringSpecials());

    /// <summary>The ASCII characters IRIs escape or refuse (surrogates apart, as for strings).</summary>
    private static readonly SearchValues<char> IriSpecials = SearchValues.Create(BuildIriSpecials());

    /// <summary>Appends <c>&lt;iri&gt;</c> after checking it is absolute.</summary>
    public static void AppendAbsoluteIri(StringBuilder sb, string iri)
    {
        if (!IriResolver.IsAbsolute(iri)) throw Unwritable("RDF0106", $"IRI <{iri}> is not absolute (it has no scheme)");
        AppendIri(sb, iri);
    }

    /// <summary>Appends <c>&lt;iri&gt;</c> (absolute or relative).</summary>
    public static void AppendIri(StringBuilder sb, string iri)
    {
        sb.Append('<');
        var span = iri.AsSpan();
        var i = IndexOfSpecial(span, IriSpecials);
        if (i < 0)
        {
            sb.Append(iri);
        }
        else
        {
            sb.Append(span[..i]);
            for (; i < span.Length; i++)
            {
                var c = span[i];
                if (char.IsSurrogate(c)) i = AppendSurrogatePair(sb, span, i);
                else if (RdfCharClasses.IsForbiddenInIriRef(c))
                    throw Unwritable("RDF0105", $"IRI <{iri}> contains U+{(int)c:X4}, which no IRI may contain (percent-encode it)");
                else sb.Append(c);
            }
        }

        sb.Append('>');
    }

    /// <summary>Appends a string body (without quotes) for a <c>"..."</c> literal.</summary>
    public static void AppendShortString(StringBuilder sb, string value)
    {
        var span = value.AsSpan();
        var i = IndexOfSpecial(span, StringSpecials);
        if (i < 0)
        {
            sb.Append(value);
            return;
        }

        sb.Append(span[..i]);
        for (; i < span.Length; i++)
        {
            var c = span[i];
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default: AppendOther(sb, span, ref i); break;
            }
        }
    }

    /// <summary>
    /// Appends a string body for a <c>"""..."""</c> literal: line feeds and tabs stay raw, a '"' is escaped only
    /// where it would end the string (before another '"' or at the end).
    /// </summary>
    public static void AppendLongString(StringBuilder sb, string value)
    {
        var span = value.AsSpan();
        for (var i = 0; i < span.Length; i++)
        {
            var c = span[i];
            switch (c)
            {
                case '"':
                    sb.Append(i == span.Length - 1 || span[i + 1] == '"' ? "\\\"" : "\"");
                    break;
                case '\\': sb.Append("\\\\"); break;
                case '\n' or '\t': sb.Append(c); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7F || char.IsSurrogate(c)) AppendOther(sb, span, ref i);
                    else sb.Append(c);
                    break;
            }
        }
    }

    /// <summary>Appends <c>@tag</c> after checking the tag's shape (RDF0102 otherwise).</summary>
    public static void AppendLanguageTag(StringBuilder sb, string tag)
    {
        if (!IsValidLanguageTag(tag)) throw Unwritable("RDF0102", $"'{tag}' is not a valid language tag");
        sb.Append('@').Append(tag);
    }

    /// <summary>True when <paramref name="tag"/> is a BCP 47-shaped tag the grammars accept.</summary>
    public static bool IsValidLanguageTag(string tag)
    {
        var i = 0;
        while (i < tag.Length && RdfCharClasses.IsAsciiLetter(tag[i])) i++;
        if (i == 0) return false;
        while (i < tag.Length)
        {
            if (tag[i] != '-') return false;
            var start = ++i;
            while (i < tag.Length && (RdfCharClasses.IsAsciiLetter(tag[i]) || RdfCharClasses.IsDigit(tag[i]))) i++;
            if (i == start) return false;
        }

        return true;
    }

    /// <summary>The exception for a term that has no valid serialisation.</summary>
    public static RecordWriteException Unwritable(string code, string message) =>
        new(new Diagnostic(code, Severity.Error, message));

    private static void AppendOther(StringBuilder sb, ReadOnlySpan<char> span, ref int i)
    {
        var c = span[i];
        if (char.IsSurrogate(c)) i = AppendSurrogatePair(sb, span, i);
        else if (c < 0x20 || c == 0x7F) AppendUnicodeEscape(sb, c);
        else sb.Append(c);
    }

    private static int AppendSurrogatePair(StringBuilder sb, ReadOnlySpan<char> span, int i)
    {
        if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
        {
            sb.Append(span[i]).Append(span[i + 1]);
            return i + 1;
        }

        throw Unwritable("RDF0101", $"unpaired surrogate U+{(int)span[i]:X4} at index {i}: the value is not valid Unicode");
    }

    private static void AppendUnicodeEscape(StringBuilder sb, char c)
    {
        const string hex = "0123456789ABCDEF";
        sb.Append("\\u").Append(hex[c >> 12]).Append(hex[(c >> 8) & 0xF]).Append(hex[(c >> 4) & 0xF]).Append(hex[c & 0xF]);
    }

    private static string BuildStringSpecials()
    {
        var sb = new StringBuilder();
        for (var c = 0; c < 0x20; c++) sb.Append((char)c);
        sb.Append('"').Append('\\').Append((char)0x7F);
        return sb.ToString();
    }

    private static string BuildIriSpecials()
    {
        var sb = new StringBuilder();
        for (var c = 0; c <= 0x20; c++) sb.Append((char)c);
        sb.Append("<>\"{}|^`\\");
        return sb.ToString();
    }

    /// <summary>The first character of <paramref name="span"/> in <paramref name="ascii"/> or a surrogate, or -1.</summary>
    internal static int IndexOfSpecial(ReadOnlySpan<char> span, SearchValues<char> ascii)
    {
        var i = span.IndexOfAny(ascii);
        var limit = i < 0 ? span : span[..i];
        var s = limit.IndexOfAnyInRange('\uD800', '\uDFFF');
        return s >= 0 ? s : i;
    }
}
