namespace Exporter.Model;

/// <summary>
/// One identifier. ISBNs are stored without hyphens or spaces; <see cref="Qualifier"/> holds e.g. "pbk." (MARC 020$q).
/// </summary>
public sealed record Identifier(IdentifierType Type, string Value, string? Qualifier = null);
