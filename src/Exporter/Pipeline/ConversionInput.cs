namespace Exporter.Pipeline;

/// <summary>One input of a conversion: its name (path or "-") and its reader.</summary>
public sealed record ConversionInput(string Name, ICatalogReader Reader)
{
    /// <summary>Asked once the reader has framed its last record: damage at which the input's bytes read as ended
    /// early (a cut gzip stream), or null.</summary>
    internal Func<InputDamage?>? DamageAtEnd { get; init; }
}
