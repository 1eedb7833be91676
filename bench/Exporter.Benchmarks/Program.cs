using BenchmarkDotNet.Running;

// Codec benchmarks: dotnet run -c Release --project bench/Exporter.Benchmarks -- --filter '*'   (BENCH_MARC=path.mrc to choose the input)
// Stage profile:    dotnet run -c Release --project bench/Exporter.Benchmarks -- stages FILE [FORMAT...]
// Publish memory:   dotnet run -c Release --project bench/Exporter.Benchmarks -- publish-memory FILE SITE [ALTERNATES|none] [EVERY]
if (args.Length >= 2 && args[0] == "stages")
{
    return Exporter.Benchmarks.StageProfile.Run(args[1], args.Length > 2 ? args[2..] : ["marc21", "marcxml", "mrk", "dc", "dcterms", "json", "text", "jsonld", "turtle", "ntriples"]);
}

if (args.Length >= 3 && args[0] == "publish-memory")
{
    var alternates = args.Length > 3 ? args[3].Split(',') : [.. Exporter.Publishing.PublishOptions.DefaultAlternates];
    return Exporter.Benchmarks.PublishMemory.Run(args[1], args[2], alternates, args.Length > 4 ? long.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture) : 25_000);
}

BenchmarkSwitcher.FromAssembly(typeof(Exporter.Benchmarks.MarcCodecBenchmarks).Assembly).Run(args);
return 0;
