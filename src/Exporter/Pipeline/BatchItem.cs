using Exporter.Diagnostics;

namespace Exporter.Pipeline;

/// <summary>
/// One record of a batch after parsing and encoding: written (its bytes are in the batch's buffers) or rejected;
/// <see cref="Omitted"/> when a target left it out (<see cref="IRecordEncoder.Carries"/>; which ones the batch says).
/// </summary>
internal readonly record struct BatchItem(RecordSource Source, bool Rejected, IReadOnlyList<Diagnostic> Diagnostics, bool Omitted = false);
