using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using IomSim.Benchmarks;

// Everything:            dotnet run -c Release --project bench/IomSim.Benchmarks -- --filter '*'
// The Russia session:    dotnet run -c Release --project bench/IomSim.Benchmarks -- --filter '*Session*'
//   (direct loop, embedded silo, 3-silo cluster, one run per call: the ratios side by side)
// A funding-2021 run:     dotnet run -c Release --project bench/IomSim.Benchmarks -- --filter '*FundingYear*'
// The silo's start-up:    dotnet run -c Release --project bench/IomSim.Benchmarks -- --filter '*SiloStart*'
// Storing runs:          dotnet run -c Release --project bench/IomSim.Benchmarks -- --filter '*ResultsStore*'
// Add --job short for a quick, noisier look. For a profiler: -- --profile [runs] (see ProfileRun).
if (args is [ProfileRun.Flag, ..])
{
    ProfileRun.Run(args);
}
else
{
    // The benchmarks' own build may take minutes on a busy 2-core machine: BenchmarkDotNet's 2-minute limit cut it short.
    BenchmarkSwitcher.FromAssembly(typeof(SessionBenchmarks).Assembly).Run(args, ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15)));
}
