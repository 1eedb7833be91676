using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Tells a graph of the wrong vocabulary from one with no record at all: data that holds no record root of the
/// vocabulary asked for, but roots of another vocabulary the built-in formats know (schema.org read as BIBFRAME, or
/// the reverse), is an error naming what it is and which format reads it, never a silently empty result.
/// </summary>
internal static class ForeignVocabulary
{
    private static readonly Lazy<IReadOnlyList<LinkedDataFormat>> BuiltIn = new(() => [.. BuiltInFormats.All().OfType<LinkedDataFormat>()]);

    /// <summary>
    /// The error (LD0006) when <paramref name="triples"/> hold no root of <paramref name="wanted"/> but some of another
    /// vocabulary of <paramref name="known"/> (the built-in linked-data formats when null); null otherwise.
    /// </summary>
    public static Diagnostic? Check(IEnumerable<Triple> triples, ILinkedDataVocabulary wanted, RdfSyntaxKind syntax, IReadOnlyList<LinkedDataFormat>? known = null)
    {
        var list = triples as IReadOnlyCollection<Triple> ?? [.. triples];
        if (list.Any(wanted.IsRecordRoot)) return null;
        known ??= BuiltIn.Value;
        foreach (var vocabulary in known.Select(f => f.Vocabulary).Distinct())
        {
            if (ReferenceEquals(vocabulary, wanted) || vocabulary.Name == wanted.Name) continue;
            var roots = list.Where(vocabulary.IsRecordRoot).Select(t => t.Subject).Distinct().Count();
            if (roots == 0) continue;
            var reader = known.FirstOrDefault(f => ReferenceEquals(f.Vocabulary, vocabulary) && f.Reads(syntax));
            var remedy = reader is null
                ? $"no format here reads {vocabulary.Name} in {syntax}"
                : $"read it as format '{reader.Name}' (--from {reader.Name})";
            return new Diagnostic(LinkedDataDiagnosticCodes.WrongVocabulary, Severity.Error,
                $"this is {vocabulary.Name} data, not {wanted.Name}: it holds {roots} {vocabulary.Name} record(s) and no {wanted.Name} record; {remedy}");
        }

        return null;
    }
}
