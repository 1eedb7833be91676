namespace Exporter.Pipeline;

/// <summary>One input of a conversion: its name (path or "-") and its reader.</summary>
public sealed record ConversionInput(string Name, ICatalogReader Reader);
