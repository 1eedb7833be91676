using Exporter.Diagnostics;
using Exporter.Formats.Common;
using Exporter.Pipeline;

namespace Exporter.Formats.Rdf.LinkedData;

/// <summary>
/// A linked-data format: one RDF vocabulary (schema.org, BIBFRAME) in one RDF syntax (JSON-LD, Turtle, N-Triples,
/// RDF/XML), or in several, the first the default. Writing maps each record to a graph with the vocabulary and lays it
/// out with the syntax (<see cref="LinkedDataWriteOptions.Syntax"/> picks another offered syntax, and the output
/// extension follows it); reading detects the syntax from the content, parses, groups the triples into records and
/// maps each with the vocabulary. A new vocabulary or syntax is one registration line (see docs/architecture.md).
/// </summary>
public class LinkedDataFormat : IRecordFormat
{
    private const int SniffBytes = 8192;
    private readonly IReadOnlyList<RdfSyntaxOffer> _offers;

    /// <summary>Creates the format <paramref name="name"/>: <paramref name="vocabulary"/> written in <paramref name="syntax"/>.</summary>
    internal LinkedDataFormat(string name, string description, IReadOnlyList<string> extensions, ILinkedDataVocabulary vocabulary, IRdfSyntax syntax)
        : this(name, description, vocabulary, [new RdfSyntaxOffer(syntax, extensions.Count > 0 ? extensions[0] : "")], extensions)
    {
    }

    /// <summary>
    /// Creates the format <paramref name="name"/>: <paramref name="vocabulary"/> in each offered syntax, each with its own
    /// output extension (so that no two formats' files share a name); the first offer is the default.
    /// </summary>
    internal LinkedDataFormat(string name, string description, ILinkedDataVocabulary vocabulary, IReadOnlyList<RdfSyntaxOffer> syntaxes)
        : this(name, description, vocabulary, syntaxes, [.. syntaxes.Select(s => s.Extension)])
    {
    }

    private LinkedDataFormat(string name, string description, ILinkedDataVocabulary vocabulary, IReadOnlyList<RdfSyntaxOffer> syntaxes, IReadOnlyList<string> extensions)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(vocabulary);
        ArgumentNullException.ThrowIfNull(syntaxes);
        if (syntaxes.Count == 0 || syntaxes.Select(s => s.Syntax.Kind).Distinct().Count() != syntaxes.Count)
            throw new ArgumentException("a linked-data format offers one or more distinct syntaxes", nameof(syntaxes));
        Name = name;
        Description = description;
        Extensions = extensions;
        Vocabulary = vocabulary;
        _offers = syntaxes;
        Options = [.. syntaxes.Count > 1 ? LinkedDataFormatOptions.SeveralSyntaxes : [], .. vocabulary.Options];
    }

    /// <inheritdoc />
    public string Name { get; }

    /// <inheritdoc />
    public string Description { get; }

    /// <summary>The media type of the default syntax.</summary>
    public string MediaType => _offers[0].Syntax.MediaType;

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; }

    /// <summary>--rdf-syntax when the format offers several syntaxes, then the vocabulary's own options (bibframe: --items).</summary>
    public IReadOnlyList<FormatOption> Options { get; }

    /// <summary>The syntaxes this format writes (and reads, where the syntax has a reader), the default first.</summary>
    public IReadOnlyList<RdfSyntaxKind> Syntaxes => [.. _offers.Select(o => o.Syntax.Kind)];

    /// <inheritdoc />
    public bool CanRead => Vocabulary.CanRead && _offers.Any(o => o.Syntax.CanRead);

    /// <inheritdoc />
    public bool CanWrite => true;

    /// <summary>The vocabulary of the format's graphs.</summary>
    internal ILinkedDataVocabulary Vocabulary { get; }

    /// <summary>
    /// The best of the readable syntaxes' scores, raised by 5 (at most to 100) when the vocabulary recognises its
    /// namespace in the head (<see cref="ILinkedDataVocabulary.Recognises"/>): of two formats of one syntax, the one of
    /// the data's vocabulary wins; when neither recognises it they tie as before (the first registered wins).
    /// </summary>
    public int Sniff(ReadOnlySpan<byte> head)
    {
        if (!CanRead) return 0;
        var score = SyntaxScore(head, out _);
        if (score == 0) return 0;
        return Vocabulary.Recognises(LinkedDataSniffing.Text(head)) ? Math.Min(100, score + 5) : score;
    }

    /// <summary>
    /// The output file extension: the one of the syntax <see cref="LinkedDataWriteOptions.Syntax"/> picks (".bf.ttl"),
    /// else the default's. Throws <see cref="ExporterException"/> (LD0007) for a syntax a format of several does not offer.
    /// </summary>
    public string OutputExtension(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Writing(options).Extension;
    }

    /// <summary>True when this format reads <paramref name="syntax"/>.</summary>
    internal bool Reads(RdfSyntaxKind syntax) => Vocabulary.CanRead && _offers.Any(o => o.Syntax.Kind == syntax && o.Syntax.CanRead);

    /// <inheritdoc />
    public ICatalogReader CreateReader(Stream input, ReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        if (!CanRead) throw new NotSupportedException($"format '{Name}' is written only");
        var readable = _offers.Where(o => o.Syntax.CanRead).ToList();
        if (readable.Count == 1) return readable[0].Syntax.CreateReader(input, options, Vocabulary);

        // Several syntaxes: the content decides, else the file name's extension, else the default syntax.
        var head = ReadHead(input, out var count);
        var stream = new PrefixedStream(head.AsMemory(0, count), input, ownsRest: true);
        var syntax = SyntaxScore(head.AsSpan(0, count), out var best) > 0 ? best!
            : readable.FirstOrDefault(o => options.SourceName?.EndsWith(o.Extension, StringComparison.OrdinalIgnoreCase) == true)?.Syntax ?? readable[0].Syntax;
        return syntax.CreateReader(stream, options, Vocabulary);
    }

    /// <inheritdoc />
    InputSlicing? IRecordFormat.Slicing => CanRead && _offers.Count(o => o.Syntax.CanRead) == 1 ? _offers.First(o => o.Syntax.CanRead).Syntax.Slicing(Vocabulary) : null;

    /// <inheritdoc />
    string? IRecordFormat.OrdinalLabels(WriteOptions options) => Writing(options).Syntax.Kind.ToString();

    /// <inheritdoc />
    IOrdinalRelabeler? IRecordFormat.Relabeler(string labels) => Enum.TryParse<RdfSyntaxKind>(labels, out var kind) ? new BlankNodeRelabeler(kind) : null;

    /// <inheritdoc />
    public IRecordEncoder CreateEncoder(WriteOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var syntax = Writing(options).Syntax;
        return new LinkedDataEncoder(Vocabulary, options, syntax.CreateLayout(options, Vocabulary));
    }

    /// <summary>The offer <paramref name="options"/> pick: formats of one syntax ignore <see cref="LinkedDataWriteOptions.Syntax"/>.</summary>
    private RdfSyntaxOffer Writing(WriteOptions options)
    {
        var wanted = options.Formats.Get<LinkedDataWriteOptions>().Syntax;
        if (wanted is null || _offers.Count == 1) return _offers[0];
        return _offers.FirstOrDefault(o => o.Syntax.Kind == wanted)
            ?? throw new ExporterException(new Diagnostic(LinkedDataDiagnosticCodes.SyntaxNotOffered, Severity.Error,
                $"format '{Name}' is not written in {wanted}; it offers {string.Join(", ", Syntaxes)}"));
    }

    private int SyntaxScore(ReadOnlySpan<byte> head, out IRdfSyntax? best)
    {
        best = null;
        var score = 0;
        foreach (var offer in _offers)
        {
            if (!offer.Syntax.CanRead) continue;
            var s = offer.Syntax.Sniff(head);
            if (s <= score) continue;
            score = s;
            best = offer.Syntax;
        }

        return score;
    }

    private static byte[] ReadHead(Stream input, out int count)
    {
        var head = new byte[SniffBytes];
        count = 0;
        int n;
        while (count < head.Length && (n = input.Read(head, count, head.Length - count)) > 0) count += n;
        return head;
    }
}
