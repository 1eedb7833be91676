using System.Globalization;
using System.Text;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Shifts the graph ordinal of blank node labels (<c>g{graph}b{n}</c>, see <see cref="BlankNodeLabeller"/>) in records
/// written by this project's RDF formatters, as they write them: in N-Triples and Turtle a <c>_:g…b</c> outside IRIs and
/// literals; in JSON-LD a string that is a whole label (<c>"_:g5b1"</c>); in RDF/XML the value of an <c>rdf:nodeID</c>
/// attribute. Literals, IRIs and text are copied as they are.
/// </summary>
internal sealed class BlankNodeRelabeler(RdfSyntaxKind kind) : IOrdinalRelabeler
{
    private static readonly byte[] NodeId = "nodeID="u8.ToArray();

    /// <inheritdoc />
    public void Copy(Stream records, long shift, Stream output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        var state = new State();
        foreach (var line in new ByteLineReader(records).Lines())
        {
            var span = line.Bytes.Span;
            var copied = 0;
            for (var i = 0; i < span.Length; i++)
            {
                var label = kind switch
                {
                    RdfSyntaxKind.JsonLd => JsonLabel(span, i, state),
                    RdfSyntaxKind.RdfXml => XmlLabel(span, i, state),
                    _ => TextLabel(span, i, state),
                };
                if (label is not var (digits, length)) continue;
                output.Write(span[copied..digits]);
                var ordinal = long.Parse(span.Slice(digits, length), NumberStyles.None, CultureInfo.InvariantCulture);
                output.Write(Encoding.ASCII.GetBytes((ordinal + shift).ToString(CultureInfo.InvariantCulture)));
                copied = digits + length;
                i = copied - 1;
            }

            output.Write(span[copied..]);
            output.Write(line.TerminatorLength == 2 ? "\r\n"u8 : line.TerminatorLength == 1 ? "\n"u8 : []);
        }
    }

    /// <summary>N-Triples and Turtle: the ordinal's digits of a <c>_:g{n}b</c> at <paramref name="i"/>, outside IRIs and strings.</summary>
    private static (int, int)? TextLabel(ReadOnlySpan<byte> s, int i, State state)
    {
        var b = s[i];
        if (InQuotedString(b, state)) return null;
        if (state.InIri)
        {
            if (b == '>') state.InIri = false;
            return null;
        }

        if (b == '"') state.InString = true;
        else if (b == '<') state.InIri = true;
        else if (b == '_' && s[i..].StartsWith("_:g"u8)) return Ordinal(s, i + 3);
        return null;
    }

    /// <summary>JSON-LD: the ordinal's digits of a string that is a whole label <c>"_:g{n}b{m}"</c> starting at <paramref name="i"/>.</summary>
    private static (int, int)? JsonLabel(ReadOnlySpan<byte> s, int i, State state)
    {
        var b = s[i];
        if (InQuotedString(b, state)) return null;
        if (b != '"') return null;
        state.InString = true;
        if (!s[(i + 1)..].StartsWith("_:g"u8) || Ordinal(s, i + 4) is not var (digits, length)) return null;
        var n = digits + length + 1;
        while (n < s.Length && char.IsAsciiDigit((char)s[n])) n++;
        if (n == digits + length + 1 || n >= s.Length || s[n] != '"') return null;
        return (digits, length);
    }

    /// <summary>RDF/XML: the ordinal's digits of an <c>rdf:nodeID="g{n}b{m}"</c> value starting at <paramref name="i"/>.</summary>
    private static (int, int)? XmlLabel(ReadOnlySpan<byte> s, int i, State state)
    {
        var b = s[i];
        if (state.Quote != 0)
        {
            if (b == state.Quote) state.Quote = 0;
            return null;
        }

        if (!state.InTag)
        {
            if (b == '<') state.InTag = true;
            return null;
        }

        if (b == '>')
        {
            state.InTag = false;
            return null;
        }

        if (b is not ((byte)'"' or (byte)'\'')) return null;
        state.Quote = b;
        if (i < NodeId.Length || !s[(i - NodeId.Length)..i].SequenceEqual(NodeId) || i + 1 >= s.Length || s[i + 1] != 'g') return null;
        return Ordinal(s, i + 2);
    }

    /// <summary>Consumes <paramref name="b"/> when the scan is inside a <c>"…"</c> string with backslash escapes (Turtle, N-Triples and JSON alike); false outside one.</summary>
    private static bool InQuotedString(byte b, State state)
    {
        if (!state.InString) return false;
        if (state.Escaped) state.Escaped = false;
        else if (b == '\\') state.Escaped = true;
        else if (b == '"') state.InString = false;
        return true;
    }

    /// <summary>The digits at <paramref name="at"/> when a 'b' follows them.</summary>
    private static (int, int)? Ordinal(ReadOnlySpan<byte> s, int at)
    {
        var end = at;
        while (end < s.Length && char.IsAsciiDigit((char)s[end])) end++;
        return end > at && end < s.Length && s[end] == 'b' ? (at, end - at) : null;
    }

    /// <summary>Where the scan is, across lines.</summary>
    private sealed class State
    {
        public bool InString { get; set; }

        public bool Escaped { get; set; }

        public bool InIri { get; set; }

        public bool InTag { get; set; }

        public byte Quote { get; set; }
    }
}
