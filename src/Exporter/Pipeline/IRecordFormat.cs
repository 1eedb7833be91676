namespace Exporter.Pipeline;

/// <summary>
/// One registry entry: a named format with media type and file extensions, a reader and/or an encoder.
/// A new format is one folder, one <see cref="IRecordFormat"/>, one line in <see cref="FormatRegistry.CreateDefault"/>.
/// </summary>
public interface IRecordFormat
{
    /// <summary>Short name used on the command line ("marc21", "text").</summary>
    string Name { get; }

    /// <summary>One-line description for <c>exporter formats</c>.</summary>
    string Description { get; }

    /// <summary>IANA media type (or the customary one).</summary>
    string MediaType { get; }

    /// <summary>File extensions with the dot, the preferred (output) one first (".mrc", ".marc.xml").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>
    /// The extension of an output written with <paramref name="options"/>: <see cref="Extensions"/>' first unless the
    /// options change what is written (a linked-data format's RDF syntax).
    /// </summary>
    string OutputExtension(WriteOptions options) => Extensions[0];

    /// <summary>True when the format has a reader.</summary>
    bool CanRead { get; }

    /// <summary>True when the format has a writer.</summary>
    bool CanWrite { get; }

    /// <summary>
    /// Whether <c>--to all</c> writes this format. Default: true; a format made for one consumer with options of its own
    /// (the Google Book Actions feed) opts out and is written only when named.
    /// </summary>
    bool InAll => true;

    /// <summary>How raw records of this format are delimited when kept one after another (the rejects file).
    /// Default: self-delimiting, nothing added.</summary>
    RawRecordLayout RawRecords => RawRecordLayout.SelfDelimiting;

    /// <summary>
    /// The format's own options (<see cref="FormatOption"/>), which front ends offer without knowing the format: the
    /// CLI binds each as <c>--name</c>. Formats sharing an option return the same instance. Default: none.
    /// </summary>
    IReadOnlyList<FormatOption> Options => [];

    /// <summary>
    /// How inputs of this format are cut into slices for sharded runs (<c>--shard K/N</c>); null (the default) when an
    /// input is read whole by one shard.
    /// </summary>
    internal InputSlicing? Slicing => null;

    /// <summary>
    /// Whether an output written with <paramref name="options"/> labels things with the record's ordinal (RDF blank
    /// nodes): a name <see cref="Relabeler"/> takes, or null (the default) when the output depends on no ordinal.
    /// </summary>
    internal string? OrdinalLabels(WriteOptions options) => null;

    /// <summary>What renumbers the ordinal labels named by <see cref="OrdinalLabels"/>; null by default.</summary>
    internal IOrdinalRelabeler? Relabeler(string labels) => null;

    /// <summary>Codes of warnings the format's encoder gives once per run (not per record or output): a merge of shards keeps the first.</summary>
    internal IReadOnlyList<string> OncePerRun => [];

    /// <summary>How sure (0-100) the format is that the input starting with <paramref name="head"/> is its own.</summary>
    int Sniff(ReadOnlySpan<byte> head);

    /// <summary>A reader over <paramref name="input"/>; the reader owns the stream.</summary>
    ICatalogReader CreateReader(Stream input, ReadOptions options);

    /// <summary>An encoder for this format.</summary>
    IRecordEncoder CreateEncoder(WriteOptions options);
}
