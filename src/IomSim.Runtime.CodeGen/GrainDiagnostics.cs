using Microsoft.CodeAnalysis;

namespace IomSim.Runtime.CodeGen;

/// <summary>The generator's diagnostics: each is an error, because the runtime cannot honour such an interface.</summary>
internal static class GrainDiagnostics
{
    private const string Category = "IomSim.Grains";

    public static readonly DiagnosticDescriptor InvalidReturnType = new(
        "IOMG001",
        "Grain method must return a task",
        "Grain method {0}.{1} returns {2}; grain methods must return Task, Task<T>, ValueTask or ValueTask<T>",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MutableMessage = new(
        "IOMG002",
        "Grain message must be immutable",
        "{0} of grain method {1}.{2} has type {3}, which is not immutable: {4}. Grain messages are passed by reference, "
            + "so they must be immutable (records with init-only properties, immutable collections) or marked [Immutable].",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor GenericNotSupported = new(
        "IOMG003",
        "Generic grain interfaces and methods are not supported",
        "{0} is generic; grain interfaces and their methods must not be",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor MethodsOnly = new(
        "IOMG004",
        "Grain interfaces declare only methods",
        "Grain interface {0} declares '{1}', which is not a method; grain interfaces may declare only methods",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);

    public static readonly DiagnosticDescriptor ByRefParameter = new(
        "IOMG005",
        "Grain method parameters are passed by value",
        "Parameter '{0}' of grain method {1}.{2} is passed by reference ({3}); grain messages are passed by value",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true);
}
