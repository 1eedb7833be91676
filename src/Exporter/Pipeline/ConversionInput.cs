namespace Exporter.Pipeline;

/// <summary>One input of a conversion: its name (path or "-") and its reader.</summary>
public sealed record ConversionInput(string Name, ICatalogReader Reader)
{
    /// <summary>Asked once the reader has framed its last record: damage at which the input's bytes read as ended
    /// early (a cut gzip stream), or null.</summary>
    internal Func<InputDamage?>? DamageAtEnd { get; init; }

    /// <summary>False for a slice of an input that does not hold its start (a sharded run): a slice with no record in
    /// it says nothing about the input, so no PIPE0004 warning.</summary>
    internal bool WarnWhenEmpty { get; init; } = true;
}
