namespace Exporter.Pipeline;

/// <summary>A stretch of an input's bytes: where it starts and how long it is.</summary>
internal readonly record struct ByteSpan(long Start, int Length);
