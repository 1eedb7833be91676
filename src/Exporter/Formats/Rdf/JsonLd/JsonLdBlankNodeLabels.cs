namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>How <see cref="JsonLdGraphFormatter"/> labels blank nodes, so that labels never collide where graphs meet.</summary>
internal enum JsonLdBlankNodeLabels
{
    /// <summary><c>_:g{graph ordinal}b{n}</c>: graphs formatted apart (on several threads) and joined in one document.</summary>
    PerGraph,

    /// <summary><c>_:b{n}</c>, counting on across the graphs of one document written in order (<see cref="JsonLdWriter"/>).</summary>
    PerDocument,

    /// <summary><c>_:b{n}</c> from b0 in every graph: each graph is a document of its own (<see cref="JsonLdLinesWriter"/>).</summary>
    PerLine,
}
