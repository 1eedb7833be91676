namespace Exporter.Formats.Rdf.SchemaOrg;

/// <summary>A text in its original script (MARC 880) with its BCP 47 tag (<c>ru-Cyrl</c>, <c>und-Arab</c>), or no tag.</summary>
internal sealed record ScriptForm(string Value, string? Language);
