using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>One record of a batch after parsing and encoding: written (its bytes are in the batch's buffers) or rejected.</summary>
internal readonly record struct BatchItem(RecordSource Source, bool Rejected, IReadOnlyList<Diagnostic> Diagnostics);
