using Exporter.Tools.BibframeAgreement;

// bibframe-agreement [measure] [--differences FILE.tsv]   (README.md beside this file)
var repo = RepositoryRoot.Find();
if (args.Length > 0 && args[0] != "measure")
{
    Console.Error.WriteLine("usage: bibframe-agreement [measure] [--differences FILE.tsv]");
    return 2;
}

var corpus = Path.Combine(repo, "tests", "data", "corpus", "marc");
var result = AgreementRun.Measure(corpus, repo);
var doc = Path.Combine(repo, "docs", "mappings", "bibframe.md");
File.WriteAllText(doc, AgreementReport.Splice(File.ReadAllText(doc), AgreementReport.Table(result)));
if (args.Length > 2 && args[1] == "--differences") File.WriteAllLines(args[2], result.Differences.Select(d => d.ToString()));
Console.WriteLine(AgreementReport.Summary(result) + "; wrote " + Path.GetRelativePath(repo, doc));
return 0;
