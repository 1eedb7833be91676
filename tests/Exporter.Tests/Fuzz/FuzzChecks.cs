using Exporter.Diagnostics;
using Exporter.Pipeline;

namespace Exporter.Tests.Fuzz;

/// <summary>Contracts every reader shares, checked on each fuzzed input.</summary>
public static class FuzzChecks
{
    /// <summary>Every diagnostic has a stable code (letters then digits) and a message.</summary>
    public static void Diagnostics(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            FuzzInvariantException.Check(IsCode(d.Code), $"diagnostic code '{d.Code}' is not a stable code");
            FuzzInvariantException.Check(!string.IsNullOrWhiteSpace(d.Message), $"diagnostic {d.Code} has no message");
        }
    }

    /// <summary>At least one diagnostic is an error (a rejection must say why).</summary>
    public static void HasError(IEnumerable<Diagnostic> diagnostics, string what) =>
        FuzzInvariantException.Check(diagnostics.Any(d => d.Severity == Severity.Error), what + " without an error diagnostic");

    /// <summary>
    /// Runs a pipeline reader: every framed record gives exactly one result, read or rejected (with an error and its
    /// raw bytes), in order; read records give their hub record. Returns (framed, read, rejected).
    /// </summary>
    public static (long Framed, long Read, long Rejected) Pipeline(ICatalogReader reader, long inputLength, int maxRecordBytes)
    {
        long framed = 0, read = 0, rejected = 0;
        foreach (var source in reader.Frame())
        {
            FuzzInvariantException.Check(source.Index == framed, $"frame index {source.Index}, expected {framed}");
            FuzzInvariantException.Check(source.ByteOffset >= 0 && source.ByteOffset <= inputLength, $"frame offset {source.ByteOffset} outside the input");
            FuzzInvariantException.Check(source.Raw.Length <= maxRecordBytes + 2, $"frame of {source.Raw.Length} bytes kept over MaxRecordBytes {maxRecordBytes}");
            framed++;
            var result = reader.Parse(source);
            FuzzInvariantException.Check(ReferenceEquals(result.Source, source) || result.Index == source.Index, "result does not belong to its frame");
            Diagnostics(result.Diagnostics);
            if (result.IsRejected)
            {
                HasError(result.Diagnostics, $"record {source.Index} rejected");
                rejected++;
            }
            else
            {
                result.GetCatalog(new DiagnosticBag());
                read++;
            }
        }

        FuzzInvariantException.Check(read + rejected == framed, $"framed {framed} but read {read} + rejected {rejected}");
        return (framed, read, rejected);
    }

    private static bool IsCode(string code)
    {
        if (string.IsNullOrEmpty(code)) return false;
        var i = 0;
        while (i < code.Length && char.IsAsciiLetterUpper(code[i])) i++;
        if (i == 0 || i == code.Length) return false;
        for (; i < code.Length; i++)
        {
            if (!char.IsAsciiDigit(code[i])) return false;
        }

        return true;
    }
}
