using Exporter.Tools.CataloguingAgreement;

// cataloguing-agreement measure | mine   (README.md beside this file)
var command = args.Length > 0 ? args[0] : "measure";
var repo = RepositoryRoot.Find();
var corpus = Path.Combine(repo, "tests", "data", "corpus", "marc");
switch (command)
{
    case "measure":
        {
            // --mining-half FILE.md: measure the mining half (for writing rules) into FILE.md; the published report is untouched
            var miningHalf = Option(args, "--mining-half");
            var output = miningHalf ?? Path.Combine(repo, "docs", "mappings", "marc21-agreement.md");
            var (report, summary, checks) = AgreementRun.Measure(corpus, miningHalf is null ? CorpusHalf.HeldOut : CorpusHalf.Mining);
            File.WriteAllText(output, report.Replace("\r\n", "\n", StringComparison.Ordinal));
            if (Option(args, "--disagreements") is string list)
            {
                // every disagreement, one per line: class, aspect, record, original, from the page
                File.WriteAllLines(list, checks.Where(c => c.Outcome == CheckOutcome.Disagree).Select(c => string.Join('\t', c.Class, c.Aspect, c.Record, c.Original, c.Result)));
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

    case "show" when args.Length > 1:
        {
            // show LABEL: the page and the MARC made from it for a record of the mining half (held-out records are not shown)
            var (mining, _, _) = CorpusSplit.Split(CorpusReader.Read(corpus));
            foreach (var r in mining.Where(r => r.Label.StartsWith(args[1], StringComparison.Ordinal)).Take(3))
            {
                var page = CatalogPageRoundTrip.Page(r.Record);
                Console.WriteLine("== " + r.Label + "\n" + string.Join("\n", r.Record.AllFields.Select(f => f.ToString())) + "\n-- page\n" + page + "-- from the page");
                Console.WriteLine(string.Join("\n", CatalogPageRoundTrip.FromPage(page)?.AllFields.Select(f => f.ToString()) ?? []));
            }

            return 0;
        }

    default:
        Console.Error.WriteLine("usage: cataloguing-agreement [measure [--disagreements FILE.tsv] [--mining-half FILE.md] | mine]");
        return 2;
}

static string? Option(string[] args, string name)
{
    var at = Array.IndexOf(args, name);
    return at > 0 && at + 1 < args.Length ? args[at + 1] : null;
}
