using System.Buffers;
using Exporter.Formats.Common;

namespace Exporter.Formats.Rdf.RdfXml;

/// <summary>
/// Refuses, before anything is written, the triples RDF/XML cannot carry: a literal subject, a relative IRI, an IRI
/// holding a character no IRI may hold, an unpaired surrogate, a character XML 1.0 cannot carry even as a
/// character reference (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF), an invalid language tag, a
/// predicate with no qualified name, and a predicate that is an RDF/XML syntax name.
/// </summary>
internal static class RdfXmlTermChecker
{
    /// <summary>The printable ASCII characters an IRI may hold: an IRI of only these needs no closer look (most do).</summary>
    private static readonly SearchValues<char> PlainIriChars = SearchValues.Create(
        "!#$%&'()*+,-./0123456789:;=?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]_abcdefghijklmnopqrstuvwxyz~");

    /// <summary>
    /// Throws <see cref="Diagnostics.RecordWriteException"/> when <paramref name="t"/> cannot be written;
    /// <paramref name="subjectChecked"/>: its subject (the same instance) was checked with the triple before it;
    /// <paramref name="predicateChecked"/>: its predicate (the same IRI, with the same qualified name) passed these checks before.
    /// </summary>
    public static void Check(Triple t, RdfXmlQName? predicateName, bool subjectChecked = false, bool predicateChecked = false)
    {
        switch (t.Subject)
        {
            case Literal:
                throw RdfTextEscaper.Unwritable("RDF0103", "a literal cannot be the subject of a triple");
            case Iri iri when !subjectChecked:
                CheckIri(iri.Value);
                break;
        }

        var predicate = t.Predicate.Value;
        if (!predicateChecked) CheckPredicate(predicate, predicateName);

        switch (t.Object)
        {
            case Iri iri:
                CheckIri(iri.Value);
                break;
            case Literal literal:
                CheckText(literal.Lexical, predicate);
                if (literal.Language is { } language && !RdfTextEscaper.IsValidLanguageTag(language))
                    throw RdfTextEscaper.Unwritable("RDF0102", $"'{language}' is not a valid language tag");
                if (literal.Language is null && !ReferenceEquals(literal.Datatype, Literal.XsdString)) CheckIri(literal.Datatype); // xsd:string is a valid IRI
                break;
            case BlankNode:
                break;
            default:
                throw RdfTextEscaper.Unwritable("RDF0104", $"unknown term type {t.Object?.GetType().Name ?? "null"}");
        }
    }

    /// <summary>Throws unless <paramref name="predicate"/> is an IRI RDF/XML can write as a property element named <paramref name="predicateName"/>.</summary>
    private static void CheckPredicate(string predicate, RdfXmlQName? predicateName)
    {
        CheckIri(predicate);
        if (predicateName is null)
        {
            throw RdfTextEscaper.Unwritable(RdfXmlDiagnosticCodes.NoQName,
                $"predicate <{predicate}> cannot be written in RDF/XML: it does not end in an XML name (NCName), so it cannot be split into a namespace and a local name (rapper and rdflib refuse it too)");
        }

        if ((predicateName.Namespace == RdfNames.RdfNamespace && (!RdfXmlNames.IsPropertyElementName(predicateName.LocalName) || predicateName.LocalName == RdfXmlNames.Li))
            || predicateName.Namespace.StartsWith(RdfXmlNames.XmlNamespace, StringComparison.Ordinal))
        {
            throw RdfTextEscaper.Unwritable(RdfXmlDiagnosticCodes.ReservedName,
                $"predicate <{predicate}> cannot be written in RDF/XML: its name is reserved by the RDF/XML or XML syntax");
        }
    }

    /// <summary>Throws unless <paramref name="iri"/> is absolute and holds only characters IRIs (and XML) may hold.</summary>
    public static void CheckIri(string iri)
    {
        // Most IRIs are http(s): absolute without a look at their scheme's characters.
        if (!iri.StartsWith("http://", StringComparison.Ordinal) && !iri.StartsWith("https://", StringComparison.Ordinal) && !IriResolver.IsAbsolute(iri)) throw RdfTextEscaper.Unwritable("RDF0106", $"IRI <{iri}> is not absolute (it has no scheme)");
        var first = iri.AsSpan().IndexOfAnyExcept(PlainIriChars);
        if (first < 0) return;
        for (var i = first; i < iri.Length; i++)
        {
            var c = iri[i];
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < iri.Length && char.IsLowSurrogate(iri[i + 1])) i++;
                else throw RdfTextEscaper.Unwritable("RDF0101", $"unpaired surrogate U+{(int)c:X4} at index {i} of an IRI: the value is not valid Unicode");
            }
            else if (RdfCharClasses.IsForbiddenInIriRef(c) || c is '\uFFFE' or '\uFFFF')
            {
                throw RdfTextEscaper.Unwritable("RDF0105", $"IRI <{iri}> contains U+{(int)c:X4}, which no IRI may contain (percent-encode it)");
            }
        }
    }

    private static void CheckText(string value, string predicate)
    {
        var i = XmlUtf8Escaper.IndexOfIllegal(value);
        if (i < 0) return;
        var c = value[i];
        if (char.IsSurrogate(c))
            throw RdfTextEscaper.Unwritable("RDF0101", $"unpaired surrogate U+{(int)c:X4} at index {i} of a literal of <{predicate}>: the value is not valid Unicode");
        throw RdfTextEscaper.Unwritable(RdfXmlDiagnosticCodes.NotXmlCharacter,
            $"a literal of <{predicate}> holds U+{(int)c:X4} at index {i}, which XML 1.0 cannot carry (not even as a character reference); remove or replace it before writing RDF/XML");
    }
}
