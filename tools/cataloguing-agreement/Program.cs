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
            var (report, summary, checks) = AgreementRun.Measure(corpus);
            File.WriteAllText(output, report.Replace("\r\n", "\n", StringComparison.Ordinal));
            if (args.Length > 2 && args[1] == "--disagreements")
            {
                // every disagreement, one per line: class, aspect, record, original, from the page
                File.WriteAllLines(args[2], checks.Where(c => c.Outcome == CheckOutcome.Disagree).Select(c => string.Join('\t', c.Class, c.Aspect, c.Record, c.Original, c.Result)));
            }

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
        Console.Error.WriteLine("usage: cataloguing-agreement [measure [--disagreements FILE.tsv] | mine]");
        return 2;
}
