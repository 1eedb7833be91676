using System.CommandLine;
using Exporter.Cli;

var root = new RootCommand("exporter: convert library catalog records between catalog text, record JSON, MARC 21, Dublin Core, schema.org JSON-LD and RDF");
root.Subcommands.Add(ConvertCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
root.Subcommands.Add(FormatsCommand.Create());
return root.Parse(args).Invoke();
