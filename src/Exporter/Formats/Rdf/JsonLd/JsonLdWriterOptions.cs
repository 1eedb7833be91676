namespace Exporter.Formats.Rdf.JsonLd;

/// <summary>Options of <see cref="JsonLdWriter"/> and <see cref="JsonLdLinesWriter"/>.</summary>
public sealed record JsonLdWriterOptions
{
    /// <summary>The defaults: the project's context inline, indented.</summary>
    public static JsonLdWriterOptions Default { get; } = new();

    /// <summary>The context to compact against (default: <see cref="JsonLdContext.Exporter"/>, i.e. schemas/context.jsonld).</summary>
    internal JsonLdContext Context { get; init; } = JsonLdContext.Exporter;

    /// <summary>Inline context (default) or a reference to <see cref="ContextUrl"/>.</summary>
    public JsonLdContextMode ContextMode { get; init; } = JsonLdContextMode.Inline;

    /// <summary>Where <see cref="Context"/> is published; required when <see cref="ContextMode"/> is Reference.</summary>
    public string? ContextUrl { get; init; }

    /// <summary>Layout of <see cref="JsonLdWriter"/> output.</summary>
    public JsonLdIndentation Indentation { get; init; } = JsonLdIndentation.Indented;

    /// <summary>Leave the output stream open when the writer is disposed.</summary>
    public bool LeaveOpen { get; init; }
}
