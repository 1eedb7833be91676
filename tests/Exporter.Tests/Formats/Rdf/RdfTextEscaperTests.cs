using System.Text;
using Exporter.Diagnostics;
using Exporter.Formats.Rdf;
using Exporter.Tests.Support;

namespace Exporter.Tests.Formats.Rdf;

public class RdfTextEscaperTests
{
    [Fact]
    public void Strings_and_iris_escape_as_the_character_loops_did() =>
        HostileStrings.Check(s =>
        {
            Assert.Equal(Slow(sb => SlowShortString(sb, s)), Slow(sb => RdfTextEscaper.AppendShortString(sb, s)));
            Assert.Equal(Slow(sb => SlowIri(sb, s)), Slow(sb => RdfTextEscaper.AppendIri(sb, s)));
        });

    /// <summary>The escaped text, or the exception's code when the value cannot be written.</summary>
    private static string Slow(Action<StringBuilder> append)
    {
        var sb = new StringBuilder();
        try
        {
            append(sb);
            return sb.ToString();
        }
        catch (RecordWriteException ex)
        {
            return "error " + ex.Diagnostic.Code;
        }
    }

    /// <summary>
    /// The reference: the first special character found by looking at every character, the text before it copied,
    /// the rest (which starts with a special, so no search can skip anything) through the escaper's per-character path.
    /// </summary>
    private static void SlowShortString(StringBuilder sb, string text)
    {
        var first = -1;
        for (var i = 0; i < text.Length && first < 0; i++)
        {
            var c = text[i];
            if (c < 0x20 || c is '"' or '\\' or '\u007F' || char.IsSurrogate(c)) first = i;
        }

        if (first < 0)
        {
            sb.Append(text);
            return;
        }

        sb.Append(text, 0, first);
        RdfTextEscaper.AppendShortString(sb, text[first..]);
    }

    private static void SlowIri(StringBuilder sb, string iri)
    {
        var first = -1;
        for (var i = 0; i < iri.Length && first < 0; i++)
        {
            var c = iri[i];
            if (c <= 0x20 || c is '<' or '>' or '"' or '{' or '}' or '|' or '^' or '`' or '\\' || char.IsSurrogate(c)) first = i;
        }

        if (first < 0)
        {
            sb.Append('<').Append(iri).Append('>');
            return;
        }

        var tail = new StringBuilder();
        RdfTextEscaper.AppendIri(tail, iri[first..]);
        sb.Append('<').Append(iri, 0, first).Append(tail, 1, tail.Length - 1);
    }
}
