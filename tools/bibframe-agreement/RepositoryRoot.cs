namespace Exporter.Tools.BibframeAgreement;

/// <summary>The repository root: the first folder holding Exporter.sln, from the working directory (or this assembly) upwards.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Exporter.sln"))) return dir.FullName;
            }
        }

        throw new InvalidOperationException("run from inside the repository (no Exporter.sln found above the working directory)");
    }
}
