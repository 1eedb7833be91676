namespace Exporter.Tests.Support;

/// <summary>A clock one second later at every reading, from 2026-01-01: what a record made twice would show.</summary>
internal sealed class TickingClock : TimeProvider
{
    private long _ticks = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Add(ref _ticks, TimeSpan.TicksPerSecond), TimeSpan.Zero);
}
