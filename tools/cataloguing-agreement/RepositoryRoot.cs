namespace Exporter.Tools.CataloguingAgreement;

/// <summary>The repository root: the first folder holding Exporter.sln, from the working directory upwards.</summary>
public static class RepositoryRoot
{
    public static string Find()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Exporter.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("run from inside the repository (no Exporter.sln found above the working directory)");
    }
}
