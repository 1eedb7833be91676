namespace Exporter.Formats.Common;

/// <summary>One line of a byte stream: its bytes without the line ending, where it starts, and its 1-based number.</summary>
internal readonly record struct ByteLine(ReadOnlyMemory<byte> Bytes, long Offset, int Number, int TerminatorLength);
