using System.Collections.Concurrent;
using System.Text;
using Exporter.Interop.Tests.Support;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// Runs yaz-marcdump and MARC4J (Marc4jPeer, compiled once per test run) over a whole file and caches the output
/// for the run, so each peer starts once per file, never per record.
/// </summary>
internal static class MarcPeers
{
    private static readonly ConcurrentDictionary<string, Lazy<PeerOutput>> YazCache = new();
    private static readonly ConcurrentDictionary<string, PeerOutput> Marc4jCache = new();
    private static readonly Lazy<string> Marc4jClasses = new(CompileMarc4jPeer);

    public const string Marc4jJar = "/usr/share/java/marc4j.jar";

    /// <summary>What a peer made of a file: exit code, MARCXML bytes, stderr, and whether it complained.</summary>
    public sealed record PeerOutput(int ExitCode, byte[] Xml, string StdErr)
    {
        private readonly Lazy<bool> _complained = new(() => ExitCode != 0
            || (StdErr.Length > 0 && !StdErr.StartsWith("records:", StringComparison.Ordinal))
            || Encoding.UTF8.GetString(Xml).Contains("<!--", StringComparison.Ordinal)
            || !IsWellFormed(Xml));

        /// <summary>
        /// Non-zero exit, anything but the record count on stderr, a warning comment in the XML (how yaz reports
        /// problems), or output that is not well-formed XML (yaz copies invalid UTF-8 through).
        /// </summary>
        public bool Complained => _complained.Value;

        private static bool IsWellFormed(byte[] xml)
        {
            try
            {
                using var reader = System.Xml.XmlReader.Create(new MemoryStream(xml), new System.Xml.XmlReaderSettings { DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null });
                while (reader.Read())
                {
                }

                return true;
            }
            catch (System.Xml.XmlException)
            {
                return false;
            }
        }
    }

    /// <summary><c>yaz-marcdump -i marc -o marcxml [-f MARC-8 -t UTF-8] FILE</c>.</summary>
    public static PeerOutput Yaz(string file, bool marc8) =>
        YazCache.GetOrAdd(file + (marc8 ? "|marc8" : ""), _ => new Lazy<PeerOutput>(() =>
        {
            List<string> args = ["-i", "marc", "-o", "marcxml"];
            if (marc8) args.AddRange(["-f", "MARC-8", "-t", "UTF-8"]);
            args.Add(file);
            var r = PeerTool.Run("yaz-marcdump", args, timeoutSeconds: 120);
            return new PeerOutput(r.ExitCode, r.StdOutBytes, r.StdErr);
        })).Value;

    /// <summary>MARC4J's reading of a file (Marc4jPeer iso2xml: permissive reader, BESTGUESS encoding).</summary>
    public static PeerOutput Marc4j(string file)
    {
        if (!Marc4jCache.ContainsKey(file)) Marc4jMany([file]);
        return Marc4jCache[file];
    }

    /// <summary>Runs Marc4jPeer over every file not yet cached, in one JVM (Marc4jBatch calls Marc4jPeer.main per file).</summary>
    public static void Marc4jMany(IEnumerable<string> files)
    {
        var todo = files.Where(f => !Marc4jCache.ContainsKey(f)).Distinct().ToList();
        if (todo.Count == 0) return;
        var dir = Marc4jClasses.Value;
        var outputs = todo.Select((_, i) => Path.Combine(dir, $"out-{Guid.NewGuid():N}-{i}.xml")).ToList();
        var stdin = string.Concat(todo.Select((f, i) => $"iso2xml\t{f}\t{outputs[i]}\n"));
        var r = PeerTool.Run("java", ["-cp", Marc4jJar + ":" + dir, "Marc4jBatch"], Encoding.UTF8.GetBytes(stdin), timeoutSeconds: 600);
        var lines = r.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (r.ExitCode != 0 || lines.Length != todo.Count) throw new InvalidOperationException($"Marc4jBatch failed ({r.ExitCode}): {r.StdErr}");
        for (var i = 0; i < todo.Count; i++)
        {
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            var xml = File.Exists(outputs[i]) ? File.ReadAllBytes(outputs[i]) : [];
            File.Delete(outputs[i]);
            var err = lines[i][(tab + 1)..].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            Marc4jCache[todo[i]] = new PeerOutput(int.Parse(lines[i][..tab], System.Globalization.CultureInfo.InvariantCulture), xml, err);
        }
    }

    /// <summary>Reads ISO 2709 bytes with yaz (<c>yaz-marcdump -i marc -o marcxml [-f MARC-8 -t UTF-8]</c> on a temporary file).</summary>
    public static PeerOutput YazBytes(byte[] iso, bool marc8 = false)
    {
        var path = Path.Combine(Path.GetTempPath(), "exporter-marc-" + Guid.NewGuid().ToString("N") + ".mrc");
        File.WriteAllBytes(path, iso);
        try
        {
            List<string> args = ["-i", "marc", "-o", "marcxml"];
            if (marc8) args.AddRange(["-f", "MARC-8", "-t", "UTF-8"]);
            args.Add(path);
            var r = PeerTool.Run("yaz-marcdump", args, timeoutSeconds: 120);
            return new PeerOutput(r.ExitCode, r.StdOutBytes, r.StdErr);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Reads ISO 2709 bytes with MARC4J.</summary>
    public static PeerOutput Marc4jBytes(byte[] iso)
    {
        var path = Path.Combine(Marc4jClasses.Value, "in-" + Guid.NewGuid().ToString("N") + ".mrc");
        File.WriteAllBytes(path, iso);
        try
        {
            return Marc4j(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string CompileMarc4jPeer()
    {
        PeerTool.RequireFile(Marc4jJar);

        var dir = Path.Combine(Path.GetTempPath(), "exporter-marc4j-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var peer = Path.Combine(TestEnvironment.RepoRoot, "tools", "peers", "Marc4jPeer.java");
        var batch = Path.Combine(TestEnvironment.RepoRoot, "tests", "Exporter.Interop.Tests", "Marc", "Marc4jBatch.java");
        var r = PeerTool.Run("javac", ["-cp", Marc4jJar, "-d", dir, peer, batch], timeoutSeconds: 120);
        if (r.ExitCode != 0) throw new InvalidOperationException("javac failed: " + r.StdErr);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(dir, recursive: true);
        return dir;
    }
}
