using Exporter.Formats.Rdf;
using Exporter.Formats.Rdf.NTriples;
using Exporter.Formats.Rdf.Turtle;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Exporter.Tests.Formats.Rdf;

/// <summary>Damaged documents either parse or fail with <see cref="RdfParseException"/>: never another exception.</summary>
public sealed class RdfReaderFuzzTests
{
    private static readonly string[] Noise = ["<", ">", "\"", "'", "\"\"\"", "\\", "\\u", "\\U0011FFFF", "_:", "[", "]", "(", ")", ".", ";", ",", "@", "^^", ":", "#", "\n", "\uD800", "PREFIX", "@base <", "a", "1e", "-", "%"];

    private static readonly Gen<(int Position, int Delete, string Insert)> Edit =
        from position in Gen.Choose(0, 100_000)
        from delete in Gen.Choose(0, 3)
        from insert in Gen.OneOf(Gen.Elements(Noise), RdfGraphGenerators.Text)
        select (position, delete, insert);

    [Property(MaxTest = 400)]
    public Property Damaged_turtle_fails_only_with_parse_errors() =>
        Prop.ForAll(RdfGraphGenerators.Graph.ToArbitrary(), Edit.ListOf().ToArbitrary(), (graph, edits) =>
            OnlyParseErrors(() => TurtleReader.Parse(Damage(TurtleWriter.EncodeDocument(graph), edits))));

    [Property(MaxTest = 400)]
    public Property Damaged_ntriples_fails_only_with_parse_errors() =>
        Prop.ForAll(RdfGraphGenerators.Graph.ToArbitrary(), Edit.ListOf().ToArbitrary(), (graph, edits) =>
        {
            var damaged = Damage(NTriplesWriter.Encode(graph), edits);
            return OnlyParseErrors(() => NTriplesReader.Parse(damaged)) && OnlyParseErrors(() => TurtleReader.Parse(damaged));
        });

    private static string Damage(string text, IEnumerable<(int Position, int Delete, string Insert)> edits)
    {
        foreach (var (position, delete, insert) in edits)
        {
            var at = text.Length == 0 ? 0 : position % (text.Length + 1);
            text = string.Concat(text.AsSpan(0, at), insert, text.AsSpan(Math.Min(text.Length, at + delete)));
        }

        return text;
    }

    private static bool OnlyParseErrors(Func<RdfGraph> parse)
    {
        try
        {
            parse();
            return true;
        }
        catch (RdfParseException ex)
        {
            return ex.Line > 0 && ex.Column > 0 && ex.Diagnostic.Code.StartsWith("RDF00", StringComparison.Ordinal);
        }
    }
}
