using Exporter.Diagnostics;
using Exporter.Interop.Tests.Support;
using Exporter.Pipeline;
using Xunit.Abstractions;

namespace Exporter.Interop.Tests.Marc;

/// <summary>
/// Every MARC file of the corpus (ISO 2709 and MARCXML), converted to MARCXML as <c>exporter convert --to marcxml</c>
/// does by default (permissive reading, pass-through, rejects skipped), validates against MARC21slim.xsd with xmllint:
/// what the schema refuses is repaired on output, each repair a warning (docs/formats/marc.md, "Pass-through").
/// </summary>
public class MarcCorpusMarcXmlSchemaTests(ITestOutputHelper output)
{
    [SkippableFact]
    public void Every_marcxml_output_of_the_corpus_validates_against_the_schema()
    {
        PeerTool.Require("xmllint");
        var registry = FormatRegistry.CreateDefault();
        var dir = Directory.CreateTempSubdirectory("exporter-corpus-marcxml-");
        try
        {
            var outputs = new List<string>();
            var repairs = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var file in MarcCorpusFiles.Iso2709().Concat(MarcCorpusFiles.Xml()))
            {
                var name = MarcCorpusFiles.Name(file);
                var observer = new Collecting();
                var target = Path.Combine(dir.FullName, name.Replace('/', '_') + ".marc.xml");
                var from = registry.Get(file.EndsWith(".xml", StringComparison.Ordinal) ? "marcxml" : "marc21");
                var to = registry.Get("marcxml");
                using (var input = File.OpenRead(file))
                using (var stream = File.Create(target))
                {
                    var reader = from.CreateReader(input, new ReadOptions { Strictness = Strictness.Permissive, SourceName = name });
                    var summary = new Converter(new ConversionOptions { OnError = ErrorPolicy.Skip, Threads = 1 }, observer)
                        .Run([new ConversionInput(name, reader)], [new ConversionTarget("marcxml", to.CreateEncoder(new WriteOptions()), stream)]);
                    if (summary.Written == 0) output.WriteLine($"empty collection  {name}: {summary.Rejected} rejected");
                }

                outputs.Add(target);
                foreach (var code in observer.Codes.Where(c => c.StartsWith("MARC03", StringComparison.Ordinal)))
                {
                    repairs[code] = repairs.GetValueOrDefault(code) + 1;
                }
            }

            foreach (var (code, count) in repairs.OrderBy(p => p.Key, StringComparer.Ordinal)) output.WriteLine($"{code}: {count} repairs");
            var xsd = TestEnvironment.TestData("reference", "xsd", "MARC21slim.xsd");
            var result = PeerTool.Run("xmllint", ["--nonet", "--noout", "--schema", xsd, .. outputs]);
            var failed = result.StdErr.Split('\n').Where(l => l.EndsWith(" fails to validate", StringComparison.Ordinal)).ToList();
            Assert.True(result.ExitCode == 0 && failed.Count == 0, string.Join("\n", failed) + "\n" + (result.StdErr.Length > 3000 ? result.StdErr[..3000] : result.StdErr));
            Assert.True(outputs.Count > 200, $"only {outputs.Count} corpus files");
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private sealed class Collecting : IConversionObserver
    {
        public List<string> Codes { get; } = [];

        public void OnDiagnostic(Diagnostic diagnostic) => Codes.Add(diagnostic.Code);

        public void OnRejected(RecordSource source, IReadOnlyList<Diagnostic> diagnostics)
        {
        }

        public void OnProgress(long records, long bytes)
        {
        }
    }
}
