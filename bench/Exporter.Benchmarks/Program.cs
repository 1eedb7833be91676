using BenchmarkDotNet.Running;

// Codec benchmarks: dotnet run -c Release --project bench/Exporter.Benchmarks -- --filter '*'   (BENCH_MARC=path.mrc to choose the input)
// Stage profile:    dotnet run -c Release --project bench/Exporter.Benchmarks -- stages FILE [FORMAT...]
if (args.Length >= 2 && args[0] == "stages")
{
    return Exporter.Benchmarks.StageProfile.Run(args[1], args.Length > 2 ? args[2..] : ["marc21", "marcxml", "mrk", "dc", "dcterms", "json", "text", "jsonld", "turtle", "ntriples"]);
}

BenchmarkSwitcher.FromAssembly(typeof(Exporter.Benchmarks.MarcCodecBenchmarks).Assembly).Run(args);
return 0;
