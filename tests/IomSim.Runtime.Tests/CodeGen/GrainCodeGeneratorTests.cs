using System.Collections.Immutable;
using IomSim.Runtime.CodeGen;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace IomSim.Runtime.Tests.CodeGen;

public sealed class GrainCodeGeneratorTests
{
    [Fact]
    public void A_valid_grain_interface_gets_a_reference_that_compiles()
    {
        var (diagnostics, generated) = Generate("""
            using System.Collections.Immutable;
            using System.Threading.Tasks;
            using IomSim.Runtime;
            namespace Sample;
            public sealed record Motion(string Id, ImmutableArray<string> Sponsors, Kind Kind);
            public enum Kind { Admission, Budget }
            public interface IBase : IGrainWithStringKey { Task Reset(); }
            public interface ISample : IBase
            {
                Task<int> Count(Motion motion, int? limit, (string Code, decimal Share) pair);
                ValueTask<ImmutableDictionary<string, Motion>> All();
                ValueTask<int> Weigh(Motion call, int callerContext);
                [AlwaysInterleave] ValueTask Touch(ISample peer, System.Threading.CancellationToken cancellation);
            }
            """);

        Assert.Empty(diagnostics);
        Assert.Equal(2, generated.Length); // one per grain interface, the base included
        var source = Assert.Single(generated, g => g.Contains("class ISampleGrainCode", StringComparison.Ordinal));
        Assert.Contains("GrainReferenceRegistry.Register<global::Sample.ISample>", source, StringComparison.Ordinal);
        Assert.Contains("global::Sample.IBase.Reset()", source, StringComparison.Ordinal);
        Assert.Contains("\"Touch\", true", source, StringComparison.Ordinal);

        // ValueTask<T> methods reuse their call objects; the generated locals do not clash with parameters named alike.
        Assert.Contains("TakeSpare(ref _spareWeighCall", source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Task Add(System.Collections.Generic.List<int> items);", "IOMG002", "arrays|List")]
    [InlineData("Task Add(int[] items);", "IOMG002", "arrays can be changed in place")]
    [InlineData("Task Add(Mutable item);", "IOMG002", "property Mutable.Name has a setter")]
    [InlineData("Task Add(Holder item);", "IOMG002", "field Holder.Items")]
    [InlineData("Task<object> Read();", "IOMG002", "object can hold anything")]
    [InlineData("Task Add(System.Collections.Generic.IReadOnlyList<int> items);", "IOMG002", "an interface can hide")]
    [InlineData("int Read();", "IOMG001", "returns int")]
    [InlineData("Task Add(ref int value);", "IOMG005", "passed by reference")]
    [InlineData("Task Add<T>(T value);", "IOMG003", "is generic")]
    [InlineData("int Count { get; }", "IOMG004", "not a method")]
    public void An_interface_the_runtime_cannot_honour_fails_the_build_with_a_clear_diagnostic(string member, string id, string expected)
    {
        var (diagnostics, generated) = Generate($$"""
            using System.Threading.Tasks;
            using IomSim.Runtime;
            namespace Sample;
            public sealed class Mutable { public string Name { get; set; } = ""; }
            public sealed record Holder(string Id) { public readonly System.Collections.Generic.List<int> Items = new(); }
            public interface IBad : IGrainWithStringKey { {{member}} }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(expected.Split('|').Any(e => message.Contains(e, StringComparison.Ordinal)), message);
        Assert.Empty(generated);
    }

    [Fact]
    public void A_type_marked_immutable_is_trusted()
    {
        var (diagnostics, _) = Generate("""
            using System.Threading.Tasks;
            using IomSim.Runtime;
            namespace Sample;
            [Immutable] public sealed class Opaque { private int _hidden; public int Peek() => _hidden++; }
            public interface IOk : IGrainWithStringKey { Task Take(Opaque value); }
            """);

        Assert.Empty(diagnostics);
    }

    private static (ImmutableArray<Diagnostic> Diagnostics, string[] Generated) Generate(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path))
            .Append(MetadataReference.CreateFromFile(typeof(IGrainWithStringKey).Assembly.Location));
        var compilation = CSharpCompilation.Create(
            "Sample",
            [CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest))],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

        var driver = CSharpGeneratorDriver.Create(new GrainCodeGenerator())
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        var generated = driver.GetRunResult().GeneratedTrees.Select(t => t.ToString()).ToArray();
        if (diagnostics.IsEmpty)
        {
            // The generated code must compile against the runtime, warnings included.
            var errors = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToArray();
            Assert.True(errors.Length == 0, string.Join(Environment.NewLine, errors.Select(e => e.ToString())));
        }

        return (diagnostics, generated);
    }
}
