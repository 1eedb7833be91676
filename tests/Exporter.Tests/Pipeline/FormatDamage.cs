namespace Exporter.Tests.Pipeline;

/// <summary>
/// An input of one format with one bad record: the example file <see cref="ExampleFile"/> (in examples/out) with the
/// first <see cref="Find"/> after the start of record <see cref="RecordNumber"/> (1-based; for formats that stop at
/// a syntax error, the record whose diagnostic reports it) replaced by <see cref="Replace"/>.
/// </summary>
internal sealed record FormatDamage(string ExampleFile, string Find, string Replace, int RecordNumber);
