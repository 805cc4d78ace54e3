using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IomSim.Runtime.CodeGen;

/// <summary>Reads a grain interface into the methods to generate, reporting whatever the runtime cannot support.</summary>
internal static class GrainInterfaceReader
{
    private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
        .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    public static bool IsGrainInterface(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface
        && type.AllInterfaces.Any(i => ImmutabilityCheck.IsRuntimeType(i, "IGrainWithStringKey"));

    public static string Display(ITypeSymbol type) => type.ToDisplayString(s_typeFormat);

    /// <summary>The interface's methods (its own and inherited), or null with diagnostics when one cannot be generated.</summary>
    public static IReadOnlyList<GrainMethodModel>? Read(INamedTypeSymbol grainInterface, List<Diagnostic> diagnostics)
    {
        if (grainInterface.IsGenericType)
        {
            diagnostics.Add(Diagnostic.Create(GrainDiagnostics.GenericNotSupported, grainInterface.Locations.FirstOrDefault(), grainInterface.Name));
            return null;
        }

        var check = new ImmutabilityCheck();
        var methods = new List<GrainMethodModel>();
        var declaringInterfaces = new[] { grainInterface }.Concat(grainInterface.AllInterfaces.Where(i => !ImmutabilityCheck.IsRuntimeType(i, "IGrain") && !ImmutabilityCheck.IsRuntimeType(i, "IGrainWithStringKey")));
        foreach (var declaring in declaringInterfaces)
        {
            foreach (var member in declaring.GetMembers())
            {
                if (member.IsStatic || !member.IsAbstract)
                {
                    continue;
                }

                if (member is IMethodSymbol { MethodKind: MethodKind.Ordinary } method)
                {
                    if (ReadMethod(declaring, method, check, diagnostics) is { } model)
                    {
                        methods.Add(model);
                    }
                }
                else if (member is not IMethodSymbol)
                {
                    diagnostics.Add(Diagnostic.Create(GrainDiagnostics.MethodsOnly, member.Locations.FirstOrDefault(), declaring.Name, member.Name));
                }
            }
        }

        return diagnostics.Count == 0 ? methods : null;
    }

    private static GrainMethodModel? ReadMethod(INamedTypeSymbol declaring, IMethodSymbol method, ImmutabilityCheck check, List<Diagnostic> diagnostics)
    {
        var location = method.Locations.FirstOrDefault();
        var failed = false;
        if (method.IsGenericMethod)
        {
            diagnostics.Add(Diagnostic.Create(GrainDiagnostics.GenericNotSupported, location, $"{declaring.Name}.{method.Name}"));
            return null;
        }

        var (shape, result) = ReadReturn(method.ReturnType);
        if (shape is null)
        {
            diagnostics.Add(Diagnostic.Create(GrainDiagnostics.InvalidReturnType, location, declaring.Name, method.Name, method.ReturnType.ToDisplayString()));
            failed = true;
        }
        else if (result is not null && check.WhyMutable(result) is { } resultReason)
        {
            diagnostics.Add(Diagnostic.Create(GrainDiagnostics.MutableMessage, location, "The result", declaring.Name, method.Name, result.ToDisplayString(), resultReason));
            failed = true;
        }

        foreach (var parameter in method.Parameters)
        {
            var parameterLocation = parameter.Locations.FirstOrDefault() ?? location;
            if (parameter.RefKind != RefKind.None)
            {
                diagnostics.Add(Diagnostic.Create(GrainDiagnostics.ByRefParameter, parameterLocation, parameter.Name, declaring.Name, method.Name, parameter.RefKind.ToString().ToLowerInvariant()));
                failed = true;
            }
            else if (check.WhyMutable(parameter.Type) is { } reason)
            {
                diagnostics.Add(Diagnostic.Create(GrainDiagnostics.MutableMessage, parameterLocation, $"Parameter '{parameter.Name}'", declaring.Name, method.Name, parameter.Type.ToDisplayString(), reason));
                failed = true;
            }
        }

        if (failed)
        {
            return null;
        }

        var alwaysInterleave = method.GetAttributes().Any(a => a.AttributeClass is { } attribute && ImmutabilityCheck.IsRuntimeType(attribute, "AlwaysInterleaveAttribute"));
        return new GrainMethodModel(
            Display(declaring),
            method.Name,
            shape!.Value,
            Display(method.ReturnType),
            result is null ? null : Display(result),
            alwaysInterleave,
            method.Parameters.Select(p => (Display(p.Type), p.Name)).ToImmutableArray());
    }

    private static (ReturnShape? Shape, ITypeSymbol? Result) ReadReturn(ITypeSymbol returnType)
    {
        if (returnType is not INamedTypeSymbol named || named.ContainingNamespace?.ToDisplayString() != "System.Threading.Tasks")
        {
            return (null, null);
        }

        return (named.Name, named.TypeArguments.Length) switch
        {
            ("Task", 0) => (ReturnShape.Task, null),
            ("Task", 1) => (ReturnShape.TaskOfT, named.TypeArguments[0]),
            ("ValueTask", 0) => (ReturnShape.ValueTask, null),
            ("ValueTask", 1) => (ReturnShape.ValueTaskOfT, named.TypeArguments[0]),
            _ => (null, null),
        };
    }
}
