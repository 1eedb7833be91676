namespace Exporter.Pipeline;

/// <summary>A clock that always says the same time: for reproducible output (tests, SOURCE_DATE_EPOCH).</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();

    /// <inheritdoc />
    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;
}
