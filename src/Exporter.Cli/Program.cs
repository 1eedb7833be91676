using Exporter.Cli;

return ExporterCommandLine.Run(args);
