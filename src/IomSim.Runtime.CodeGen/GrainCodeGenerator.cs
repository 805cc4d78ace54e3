using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IomSim.Runtime.CodeGen;

/// <summary>
/// Generates the grain reference and call classes of every grain interface declared in a project, as Orleans'
/// code generator does, so that grain calls need no reflection; and fails the build on interfaces the runtime
/// cannot honour (non-task results, mutable messages, generic or by-reference members).
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class GrainCodeGenerator : IIncrementalGenerator
{
    /// <inheritdoc />
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var outputs = context.SyntaxProvider.CreateSyntaxProvider(
                static (node, _) => node is InterfaceDeclarationSyntax { BaseList: not null },
                static (syntax, cancellation) => Generate(syntax, cancellation))
            .Where(static output => output is not null);

        context.RegisterSourceOutput(outputs.Collect(), static (production, all) =>
        {
            // A partial interface is seen once per declaration: emit it once.
            foreach (var output in all.GroupBy(o => o!.HintName).Select(g => g.First()!))
            {
                foreach (var diagnostic in output.Diagnostics)
                {
                    production.ReportDiagnostic(diagnostic);
                }

                if (output.Source is not null)
                {
                    production.AddSource(output.HintName, output.Source);
                }
            }
        });
    }

    private static GeneratedGrainCode? Generate(GeneratorSyntaxContext syntax, CancellationToken cancellation)
    {
        if (syntax.SemanticModel.GetDeclaredSymbol(syntax.Node, cancellation) is not INamedTypeSymbol grainInterface
            || !GrainInterfaceReader.IsGrainInterface(grainInterface))
        {
            return null;
        }

        var diagnostics = new List<Diagnostic>();
        var methods = GrainInterfaceReader.Read(grainInterface, diagnostics);
        var ns = grainInterface.ContainingNamespace is { IsGlobalNamespace: false } containing ? containing.ToDisplayString() : null;
        var hintName = $"{(ns is null ? string.Empty : ns + ".")}{grainInterface.Name}.GrainCode.g.cs";
        var source = methods is null
            ? null
            : GrainCodeWriter.Write(ns, grainInterface.Name, GrainInterfaceReader.Display(grainInterface), methods);
        return new GeneratedGrainCode(hintName, source, diagnostics.ToImmutableArray());
    }

    /// <summary>What one interface produces; a class rather than a record, as netstandard2.0 lacks init accessors.</summary>
    private sealed class GeneratedGrainCode(string hintName, string? source, ImmutableArray<Diagnostic> diagnostics)
    {
        public string HintName { get; } = hintName;

        public string? Source { get; } = source;

        public ImmutableArray<Diagnostic> Diagnostics { get; } = diagnostics;
    }
}
