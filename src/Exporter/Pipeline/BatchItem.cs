using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>One record of a batch after parsing and encoding: its bytes for each target, or a rejection.</summary>
internal sealed record BatchItem(RecordSource Source, bool Rejected, IReadOnlyList<Diagnostic> Diagnostics, ReadOnlyMemory<byte>[] Encoded);
