using Exporter.Diagnostics;

namespace Exporter.Jobs.Sharding;

/// <summary>The diagnostics of <c>exporter merge</c>.</summary>
internal static class Merge
{
    /// <summary>A merge that cannot be done (exit 3): the shards do not fit together.</summary>
    public static ExporterException Error(string code, string message) => new(new Diagnostic(code, Severity.Error, message));

    /// <summary>A usage error (exit 2).</summary>
    public static ExporterException Usage(string code, string message) => new(new Diagnostic(code, Severity.Error, message));
}
