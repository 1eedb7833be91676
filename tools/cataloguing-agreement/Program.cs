using Exporter.Tools.CataloguingAgreement;

// cataloguing-agreement measure | mine   (README.md beside this file)
var command = args.Length > 0 ? args[0] : "measure";
var repo = RepositoryRoot.Find();
var corpus = Path.Combine(repo, "tests", "data", "corpus", "marc");
switch (command)
{
    case "measure":
        {
            var output = Path.Combine(repo, "docs", "mappings", "marc21-agreement.md");
            var (report, summary) = AgreementRun.Measure(corpus);
            File.WriteAllText(output, report.Replace("\r\n", "\n", StringComparison.Ordinal));
            Console.WriteLine($"held-out records {summary.HeldOutRecords}; wrote {Path.GetRelativePath(repo, output)}");
            return 0;
        }

    case "mine":
        {
            var tables = Path.Combine(repo, "src", "Exporter", "Formats", "Marc", "Crosswalk", "Tables");
            var hand = Path.Combine(repo, "tools", "cataloguing-agreement", "hand");
            foreach (var written in TableMining.Run(corpus, hand, tables)) Console.WriteLine("wrote " + Path.GetRelativePath(repo, written));
            return 0;
        }

    default:
        Console.Error.WriteLine("usage: cataloguing-agreement [measure|mine]");
        return 2;
}
