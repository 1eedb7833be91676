namespace Exporter.Formats.DublinCore;

/// <summary>Options of <see cref="OaiDcWriter"/>.</summary>
public sealed record OaiDcWriterOptions : DcWriterOptions
{
    /// <summary>Clock for the OAI-PMH <c>responseDate</c> and default datestamps (inject a fixed one for stable output).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The repository base URL written as the content of the OAI-PMH <c>request</c> element.</summary>
    public string BaseUrl { get; init; } = "http://localhost/oai";
}
