using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project bench/IomSim.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(IomSim.Benchmarks.GrainCallBenchmarks).Assembly).Run(args);
