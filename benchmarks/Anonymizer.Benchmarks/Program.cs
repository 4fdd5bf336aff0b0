using BenchmarkDotNet.Running;

// dotnet run -c Release --project benchmarks/Anonymizer.Benchmarks -- --filter '*'   (see docs/benchmarks.md)
BenchmarkSwitcher.FromAssembly(typeof(Anonymizer.Benchmarks.Corpus).Assembly).Run(args);
