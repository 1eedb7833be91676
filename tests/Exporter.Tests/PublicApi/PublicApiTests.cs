using Exporter.Model;
using Exporter.Tests.Support;
using PublicApiGenerator;

namespace Exporter.Tests.PublicApi;

/// <summary>
/// Pins Exporter.Core's public API in <c>Exporter.Core.approved.txt</c>: a type or member made public, changed or
/// removed fails this test until the file is regenerated on purpose (<c>tools/update-public-api.sh</c>) and the change
/// shows in review. New types are internal unless a library user needs them.
/// </summary>
public class PublicApiTests
{
    /// <summary>Set to 1 (by tools/update-public-api.sh) to write the approved file instead of comparing.</summary>
    private const string UpdateVariable = "EXPORTER_UPDATE_PUBLIC_API";

    private static string Approved => Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Tests", "PublicApi", "Exporter.Core.approved.txt");

    [Fact]
    public void The_public_api_of_exporter_core_is_the_approved_one()
    {
        var api = typeof(CatalogRecord).Assembly.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1") File.WriteAllText(Approved, api);

        var approved = File.Exists(Approved) ? File.ReadAllText(Approved).ReplaceLineEndings("\n") : "";
        if (approved == api) return;
        var received = Path.ChangeExtension(Approved, ".received.txt");
        File.WriteAllText(received, api);
        Assert.Fail($"Exporter.Core's public API differs from {Approved} (what it is now: {received}; compare with diff). " +
            "If the change is meant, run tools/update-public-api.sh and commit the approved file.");
    }
}
