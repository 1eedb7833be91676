using System.Text;
using Exporter.Jobs;
using Exporter.Pipeline;
using Exporter.Tests.Support;

namespace Exporter.Tests.Jobs.Sharding;

/// <summary>
/// The inputs the slicing tests cut: every readable file of the real MARC corpus (ISO 2709 and MARCXML, damaged ones
/// included) and the catalog-text corpus, the corpus converted to JSON Lines, .mrk, N-Triples and catalog text, and
/// damaged copies of those (a bad line every few records). Made once per test run.
/// </summary>
public sealed class ShardCorpus : IDisposable
{
    private readonly TempDir _dir = new();

    public ShardCorpus()
    {
        var registry = FormatRegistry.CreateDefault();
        var derived = Path.Combine(_dir.Path, "derived");
        new ConvertJob(registry).Run(new ConvertJobOptions
        {
            Inputs = [TestEnvironment.TestData("corpus", "marc")],
            To = ["json", "mrk", "ntriples", "text"],
            OutputDirectory = derived,
            Conversion = new ConversionOptions { OnError = ErrorPolicy.Skip },
            Read = new ReadOptions { Strictness = Strictness.Permissive },
        });
        var files = new List<string>();
        files.AddRange(Readable(registry, TestEnvironment.TestData("corpus", "marc")));
        files.AddRange(Readable(registry, TestEnvironment.TestData("corpus", "catalog-text")));
        var made = Directory.GetFiles(derived, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        files.AddRange(made);
        var damaged = Path.Combine(_dir.Path, "damaged");
        Directory.CreateDirectory(damaged);
        foreach (var file in made.Where(f => new FileInfo(f).Length > 2000))
        {
            var copy = Path.Combine(damaged, Path.GetRelativePath(derived, file).Replace('/', '_'));
            File.WriteAllBytes(copy, Damage(File.ReadAllBytes(file)));
            files.Add(copy);
        }

        Files = files;
    }

    /// <summary>Every input, with its format.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The inputs of <paramref name="format"/>.</summary>
    public IEnumerable<string> Of(string format)
    {
        var registry = FormatRegistry.CreateDefault();
        return Files.Where(f => FormatOf(registry, f).Name == format);
    }

    /// <summary>The format the converter reads <paramref name="path"/> as.</summary>
    public static IRecordFormat FormatOf(FormatRegistry registry, string path)
    {
        var input = InputResolver.Resolve([path], null, registry).Files[0];
        if (input.FormatDecidedOnOpen) input.Open().Dispose();
        return input.Format;
    }

    public void Dispose() => _dir.Dispose();

    private static IEnumerable<string> Readable(FormatRegistry registry, string dir) =>
        InputResolver.Resolve([dir], null, registry).Files.Select(f => f.Path);

    /// <summary>A bad line (not JSON, not a triple, not a field, stray text) after every seventh line feed.</summary>
    private static byte[] Damage(byte[] bytes)
    {
        var result = new MemoryStream();
        var lines = 0;
        foreach (var b in bytes)
        {
            result.WriteByte(b);
            if (b != '\n' || ++lines % 7 != 0) continue;
            result.Write(Encoding.UTF8.GetBytes("}{ not a record <x> \"\n"));
        }

        return result.ToArray();
    }
}
