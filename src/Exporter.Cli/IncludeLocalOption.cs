using System.CommandLine;

namespace Exporter.Cli;

/// <summary>
/// <c>--include-local</c>, one option for <c>convert</c> and <c>publish</c>: local and staff data (MARC 59X, private
/// 541/561/583 notes, 9XX) stays out of public outputs unless asked for (<see cref="Pipeline.WriteOptions.IncludeLocal"/>).
/// </summary>
internal static class IncludeLocalOption
{
    public static Option<bool> Create() => new("--include-local")
    {
        Description = "keep local and staff data (MARC 59X, private 541/561/583 notes, 9XX) in public outputs: dc, dcterms, and publish's pages, JSON-LD and alternates (left out by default)",
    };
}
