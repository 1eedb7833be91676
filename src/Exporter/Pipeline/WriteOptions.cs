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
    /// What the run does once across all its outputs and workers (e.g. a warning about the settings). Each run gets its
    /// own (<see cref="Jobs.ConvertJob.Run"/> starts a new one); copies made with <c>with</c> share it.
    /// </summary>
    internal RunOnce Once { get; init; } = new();

    /// <summary>Format-specific options (e.g. MARC organization code, punctuation).</summary>
    public FormatOptionBag Formats { get; init; } = FormatOptionBag.Empty;
}
