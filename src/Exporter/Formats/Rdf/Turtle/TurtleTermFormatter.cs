using System.Text;

namespace Exporter.Formats.Rdf.Turtle;

/// <summary>
/// Writes single Turtle terms: IRIs as prefixed names (longest namespace, plain local names only), as IRIs
/// relative to the base when that resolves back exactly, or absolute; literals with escapes, long strings for
/// values with line feeds, bare canonical integers and booleans, language tags, datatypes as prefixed names.
/// </summary>
internal sealed class TurtleTermFormatter
{
    private readonly TurtlePrefix[] _prefixes;
    private readonly string? _base;
    private readonly string? _baseDocument;
    private readonly string? _baseDirectory;

    public TurtleTermFormatter(TurtleWriterOptions options)
    {
        _prefixes = options.Prefixes.IsDefault ? [] : [.. options.Prefixes];
        Array.Sort(_prefixes, (x, y) => y.Namespace.Length.CompareTo(x.Namespace.Length));
        foreach (var prefix in _prefixes) Validate(prefix);
        if (options.BaseIri is not { } baseIri) return;
        if (!IriResolver.IsAbsolute(baseIri)) throw RdfTextEscaper.Unwritable("RDF0106", $"base IRI <{baseIri}> is not absolute");
        _base = baseIri;
        var hash = baseIri.IndexOf('#');
        _baseDocument = hash < 0 ? baseIri : baseIri[..hash];
        _baseDirectory = DirectoryOf(_baseDocument);
    }

    /// <summary>Appends an IRI term in its shortest faithful form.</summary>
    public void AppendIri(StringBuilder sb, string iri)
    {
        foreach (var prefix in _prefixes)
        {
            if (iri.StartsWith(prefix.Namespace, StringComparison.Ordinal) && IsPlainLocalName(iri.AsSpan(prefix.Namespace.Length)))
            {
                sb.Append(prefix.Name).Append(':').Append(iri, prefix.Namespace.Length, iri.Length - prefix.Namespace.Length);
                return;
            }
        }

        if (_base is not null && TryRelative(iri) is { } relative)
        {
            RdfTextEscaper.AppendIri(sb, relative);
            return;
        }

        RdfTextEscaper.AppendAbsoluteIri(sb, iri);
    }

    /// <summary>Appends a literal.</summary>
    public void AppendLiteral(StringBuilder sb, Literal literal)
    {
        var datatype = literal.Datatype;
        if (literal.Language is null && datatype != Literal.XsdString)
        {
            if ((datatype == RdfNames.XsdInteger && IsCanonicalInteger(literal.Lexical))
                || (datatype == RdfNames.XsdBoolean && literal.Lexical is "true" or "false"))
            {
                sb.Append(literal.Lexical);
                return;
            }
        }

        if (literal.Lexical.Contains('\n', StringComparison.Ordinal))
        {
            sb.Append("\"\"\"");
            RdfTextEscaper.AppendLongString(sb, literal.Lexical);
            sb.Append("\"\"\"");
        }
        else
        {
            sb.Append('"');
            RdfTextEscaper.AppendShortString(sb, literal.Lexical);
            sb.Append('"');
        }

        if (literal.Language is { } language)
        {
            RdfTextEscaper.AppendLanguageTag(sb, language);
        }
        else if (datatype != Literal.XsdString)
        {
            sb.Append("^^");
            AppendIri(sb, datatype);
        }
    }

    /// <summary>The header lines: <c>@base</c> (when set) and every prefix in the configured order.</summary>
    public static void AppendHeader(StringBuilder sb, TurtleWriterOptions options)
    {
        if (options.BaseIri is { } baseIri)
        {
            sb.Append("@base ");
            RdfTextEscaper.AppendAbsoluteIri(sb, baseIri);
            sb.Append(" .\n");
        }

        foreach (var prefix in options.Prefixes.IsDefault ? [] : options.Prefixes)
        {
            sb.Append("@prefix ").Append(prefix.Name).Append(": ");
            RdfTextEscaper.AppendAbsoluteIri(sb, prefix.Namespace);
            sb.Append(" .\n");
        }

        sb.Append('\n');
    }

    /// <summary>-?[1-9][0-9]* or 0: the canonical xsd:integer form, which Turtle reads back unchanged.</summary>
    public static bool IsCanonicalInteger(string s)
    {
        var i = s.StartsWith('-') ? 1 : 0;
        if (i == s.Length) return false;
        if (s[i] == '0') return s.Length == 1;
        for (; i < s.Length; i++)
        {
            if (!RdfCharClasses.IsDigit(s[i])) return false;
        }

        return true;
    }

    /// <summary>A PN_LOCAL that needs no escapes (and no '%', which some readers decode).</summary>
    public static bool IsPlainLocalName(ReadOnlySpan<char> local)
    {
        if (local.IsEmpty) return true;
        if (local[^1] == '.') return false;
        for (var i = 0; i < local.Length; i++)
        {
            var first = i == 0;
            int cp = local[i];
            if (char.IsHighSurrogate(local[i]) && i + 1 < local.Length && char.IsLowSurrogate(local[i + 1]))
                cp = char.ConvertToUtf32(local[i], local[++i]);
            var ok = first
                ? RdfCharClasses.IsPnCharsU(cp) || cp == ':' || RdfCharClasses.IsDigit(cp)
                : RdfCharClasses.IsPnChars(cp) || cp is '.' or ':';
            if (!ok) return false;
        }

        return true;
    }

    private string? TryRelative(string iri)
    {
        if (iri == _baseDocument) return "";
        if (iri.Length > _baseDocument!.Length && iri[_baseDocument.Length] == '#' && iri.StartsWith(_baseDocument, StringComparison.Ordinal))
            return iri[_baseDocument.Length..];
        if (_baseDirectory is null || iri.Length <= _baseDirectory.Length || !iri.StartsWith(_baseDirectory, StringComparison.Ordinal)) return null;
        var candidate = iri[_baseDirectory.Length..];
        if (IsPlainRelativePath(candidate)) return candidate;
        return IriResolver.Resolve(_base, candidate) == iri ? candidate : null;
    }

    /// <summary>The base up to the last '/' of its path (after any authority, before any query), or null.</summary>
    private static string? DirectoryOf(string baseDocument)
    {
        var pathStart = baseDocument.IndexOf(':') + 1;
        if (string.CompareOrdinal(baseDocument, pathStart, "//", 0, 2) == 0)
        {
            pathStart = baseDocument.IndexOf('/', pathStart + 2);
            if (pathStart < 0) return null;
        }

        var query = baseDocument.IndexOf('?', pathStart);
        var pathEnd = query < 0 ? baseDocument.Length : query;
        var slash = baseDocument.LastIndexOf('/', pathEnd - 1, pathEnd - pathStart);
        return slash < 0 ? null : baseDocument[..(slash + 1)];
    }

    /// <summary>
    /// A relative path that resolves against the base directory by plain concatenation: it does not start with
    /// '/', '?' or '#', has no ':' in its first segment and no '.' or '..' segment.
    /// </summary>
    private static bool IsPlainRelativePath(string candidate)
    {
        if (candidate[0] is '/' or '?' or '#') return false;
        var segmentStart = 0;
        var firstSegment = true;
        for (var i = 0; i <= candidate.Length; i++)
        {
            var c = i < candidate.Length ? candidate[i] : '/';
            if (c == ':' && firstSegment) return false;
            if (c is not ('/' or '?' or '#')) continue;
            var length = i - segmentStart;
            if ((length == 1 && candidate[segmentStart] == '.') || (length == 2 && candidate[segmentStart] == '.' && candidate[segmentStart + 1] == '.')) return false;
            if (c != '/') return true;
            firstSegment = false;
            segmentStart = i + 1;
        }

        return true;
    }

    private static void Validate(TurtlePrefix prefix)
    {
        var name = prefix.Name;
        var ok = name.Length == 0 || (RdfCharClasses.IsPnCharsBase(name[0]) && name[^1] != '.');
        for (var i = 1; ok && i < name.Length; i++) ok = RdfCharClasses.IsPnChars(name[i]) || name[i] == '.';
        if (!ok) throw RdfTextEscaper.Unwritable("RDF0107", $"'{name}' is not a valid Turtle prefix name");
        if (!IriResolver.IsAbsolute(prefix.Namespace)) throw RdfTextEscaper.Unwritable("RDF0106", $"namespace <{prefix.Namespace}> is not absolute");
    }
}
