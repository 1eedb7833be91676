namespace Exporter.Jobs;

/// <summary>What the INPUT arguments resolve to: the files to read, in order, and the entries of directory inputs left
/// out (so that a run can say what it did not read).</summary>
internal sealed record InputSet(IReadOnlyList<InputFile> Files, IReadOnlyList<SkippedInput> Skipped);
