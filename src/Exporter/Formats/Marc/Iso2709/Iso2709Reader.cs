using Exporter.Diagnostics;
using Exporter.Formats.Marc.Model;

namespace Exporter.Formats.Marc.Iso2709;

/// <summary>
/// Reads ISO 2709 (binary MARC) records one by one: <see cref="Iso2709Framer"/> then <see cref="Iso2709Parser"/>.
/// Every segment gives one result, read or rejected. For parallel parsing, use the two parts directly.
/// The stream is not disposed.
/// </summary>
public sealed class Iso2709Reader
{
    private readonly Iso2709Framer _framer;
    private readonly Iso2709ReaderOptions _options;

    /// <summary>Reads from <paramref name="input"/>.</summary>
    public Iso2709Reader(Stream input, Iso2709ReaderOptions? options = null)
    {
        _options = options ?? Iso2709ReaderOptions.Default;
        _framer = new Iso2709Framer(input, _options);
    }

    /// <summary>Diagnostics that belong to no record (e.g. filler after the last record).</summary>
    public IReadOnlyList<Diagnostic> TrailingDiagnostics => _framer.TrailingDiagnostics;

    /// <summary>Every record, lazily, in input order.</summary>
    public IEnumerable<MarcReadResult> ReadAll()
    {
        foreach (var raw in _framer.ReadAll()) yield return Iso2709Parser.Parse(raw, _options);
    }
}
