using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Exporter.Benchmarks -- --filter '*'   (BENCH_MARC=path.mrc to choose the input)
BenchmarkSwitcher.FromAssembly(typeof(Exporter.Benchmarks.MarcCodecBenchmarks).Assembly).Run(args);
