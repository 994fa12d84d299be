using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Extraction.Bench -- --filter '*'   (see docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(Extraction.Bench.StageBenchmarks).Assembly).Run(args);
