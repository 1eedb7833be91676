namespace Exporter.Pipeline;

/// <summary>Options every writer honours, plus format-specific ones in <see cref="Formats"/>.</summary>
public sealed record WriteOptions
{
    /// <summary>Default base for minted URIs and catalog URLs.</summary>
    public const string DefaultBaseUri = "https://catalog.example.org/";

    /// <summary>Base for minted URIs: record IRIs are <c>{BaseUri}record/{catalog number}</c> (see <see cref="RecordPath"/>).</summary>
    public Uri BaseUri { get; init; } = new(DefaultBaseUri);

    /// <summary>
    /// Where a record's IRI is under <see cref="BaseUri"/>, with <c>{id}</c> for its catalog number: schema.org
    /// record IRIs are <c>{BaseUri}{RecordPath}</c> plus a fragment. <c>exporter publish</c> sets it to its page path
    /// (<c>records/{id}.html</c>), so the IRIs are the pages' URLs.
    /// </summary>
    public string RecordPath { get; init; } = "record/{id}";

    /// <summary>The clock for generated timestamps (MARC 005, OAI responseDate); inject a fixed one for tests.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>
    /// Keep the records' local and staff data (MARC 59X local notes, private 541/561/583 notes, 9XX) in outputs made for
    /// the public: Dublin Core (dc, dcterms) and the pages, JSON-LD and alternates of <c>exporter publish</c>. Left out by
    /// default (CLI <c>--include-local</c>). MARC written from MARC keeps every field whatever this says.
    /// </summary>
    public bool IncludeLocal { get; init; }

    /// <summary>Format-specific options (e.g. MARC organization code, punctuation).</summary>
    public FormatOptionBag Formats { get; init; } = FormatOptionBag.Empty;
}
