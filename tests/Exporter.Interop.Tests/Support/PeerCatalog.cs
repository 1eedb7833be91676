namespace Exporter.Interop.Tests.Support;

/// <summary>
/// tools/peers.tsv: the peer tools the interop tests run and the Debian package of each. .ci/run installs the
/// same list, so a skip message here names exactly what .ci/run would install.
/// </summary>
public static class PeerCatalog
{
    /// <summary>One row: its kind (command, file, python, npm), its name and its package (Debian's, or for npm the
    /// folder under tools/ whose package.json .ci/run installs with <c>npm ci</c>).</summary>
    public sealed record Peer(string Kind, string Name, string Package);

    /// <summary>Every row of tools/peers.tsv.</summary>
    public static IReadOnlyList<Peer> All { get; } = Load();

    /// <summary>The Debian package that provides <paramref name="name"/> (a command, file or python module).</summary>
    public static string PackageOf(string name) =>
        All.FirstOrDefault(p => p.Name == name || p.Name == Path.GetFileName(name))?.Package
        ?? throw new InvalidOperationException($"'{name}' is not listed in tools/peers.tsv: add it there so .ci/run installs it");

    /// <summary>The command that installs <paramref name="name"/>, as .ci/run runs it.</summary>
    public static string InstallCommandOf(string name) =>
        All.FirstOrDefault(p => p.Name == name)?.Kind == "npm" ? $"npm ci --prefix tools/{PackageOf(name)}" : $"apt-get install {PackageOf(name)}";

    private static List<Peer> Load()
    {
        var path = Path.Combine(TestEnvironment.RepoRoot, "tools", "peers.tsv");
        var peers = new List<Peer>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cells = line.Split('\t');
            peers.Add(new Peer(cells[0], cells[1], cells[2]));
        }

        return peers;
    }
}
