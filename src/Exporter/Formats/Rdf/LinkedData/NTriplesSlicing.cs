using System.Text;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// Slicing of N-Triples grouped by record (as our writers write it): a reader may start at a line whose triple is a
/// record root of the vocabulary (<see cref="ILinkedDataVocabulary.IsRecordRoot"/>), so that its first group decides
/// for grouping as the sequential read's did. A document that is not grouped by record (no second record within its
/// first MiB: the reader then takes it as one record) is read whole.
/// </summary>
internal sealed class NTriplesSlicing(ILinkedDataVocabulary vocabulary) : LineSlicing(line => IsRoot(line, vocabulary))
{
    /// <summary>How much of the start is read to see that the document is grouped by record.</summary>
    private const int GroupedWithin = 1 << 20;

    /// <inheritdoc />
    public override SliceEnvelope? Envelope(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        input.Position = 0;
        var head = new byte[(int)Math.Min(GroupedWithin, input.Length)];
        input.ReadExactly(head);
        var cut = head.Length < input.Length ? Array.LastIndexOf(head, (byte)'\n') + 1 : head.Length;
        using var reader = StreamedRdfReader.NTriples(new MemoryStream(head, 0, cut), new ReadOptions(), vocabulary);
        return reader.Frame().Take(2).Count(s => !s.Unreadable) == 2 ? SliceEnvelope.None : null;
    }

    private static bool IsRoot(ReadOnlyMemory<byte> line, ILinkedDataVocabulary vocabulary)
    {
        if (line.IsEmpty || line.Span[0] != (byte)'<') return false;
        try
        {
            var statement = new List<Triple>();
            var source = new NTriplesStatementSource(new StringReader(Encoding.UTF8.GetString(line.Span)), null);
            return source.Next(statement) && statement.Any(vocabulary.IsRecordRoot);
        }
        catch (RdfParseException)
        {
            return false;
        }
    }
}
