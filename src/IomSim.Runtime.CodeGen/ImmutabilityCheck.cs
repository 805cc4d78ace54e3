using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace IomSim.Runtime.CodeGen;

/// <summary>
/// Decides whether a type is safe to pass between grains by reference: it (and everything reachable from it)
/// cannot change after construction. Types of the framework are trusted only from a known list; other types
/// are checked member by member, as far as the compiler lets us see them.
/// </summary>
internal sealed class ImmutabilityCheck
{
    private const string RuntimeNamespace = "IomSim.Runtime";

    private static readonly HashSet<string> s_immutableFrameworkTypes =
    [
        "System.DateTimeOffset", "System.TimeSpan", "System.Guid", "System.DateOnly", "System.TimeOnly",
        "System.Half", "System.Int128", "System.UInt128", "System.Numerics.BigInteger", "System.Text.Rune",
        "System.Uri", "System.Version", "System.Threading.CancellationToken",
    ];

    private static readonly HashSet<string> s_valueContainers =
    [
        "System.Nullable", "System.ValueTuple", "System.Collections.Generic.KeyValuePair", "System.Tuple",
    ];

    private readonly Dictionary<ITypeSymbol, string?> _verdicts = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ITypeSymbol> _visiting = new(SymbolEqualityComparer.Default);

    /// <summary>Why the type is mutable, or null when it is immutable.</summary>
    public string? WhyMutable(ITypeSymbol type)
    {
        if (_verdicts.TryGetValue(type, out var known))
        {
            return known;
        }

        if (!_visiting.Add(type))
        {
            return null; // A cycle: judged by its other members.
        }

        var verdict = Judge(type);
        _visiting.Remove(type);
        _verdicts[type] = verdict;
        return verdict;
    }

    private string? Judge(ITypeSymbol type)
    {
        switch (type)
        {
            case IArrayTypeSymbol:
                return "arrays can be changed in place; use ImmutableArray<T>";
            case ITypeParameterSymbol:
                return "a type parameter can stand for any type";
            case INamedTypeSymbol named:
                return JudgeNamed(named);
            default:
                return $"a {type.TypeKind} is not a message type";
        }
    }

    private string? JudgeNamed(INamedTypeSymbol type)
    {
        if (IsPrimitive(type) || type.TypeKind == TypeKind.Enum || IsGrainInterface(type) || HasImmutableAttribute(type))
        {
            return null;
        }

        var name = FullName(type);
        if (s_immutableFrameworkTypes.Contains(name))
        {
            return null;
        }

        if (s_valueContainers.Contains(name) || IsImmutableCollection(type))
        {
            return type.TypeArguments.Select(WhyMutable).FirstOrDefault(reason => reason is not null);
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_Object:
                return "object can hold anything, mutable or not";
            case SpecialType.None:
                break;
            default:
                return $"{type.Name} is not a message type";
        }

        if (type.TypeKind == TypeKind.Interface)
        {
            return "an interface can hide a mutable implementation; use a concrete immutable type";
        }

        if (type.TypeKind == TypeKind.Delegate)
        {
            return "delegates are code, not messages";
        }

        if (name.StartsWith("System.", System.StringComparison.Ordinal) || name.StartsWith("Microsoft.", System.StringComparison.Ordinal))
        {
            return "it is not among the framework types known to be immutable";
        }

        return JudgeMembers(type);
    }

    /// <summary>
    /// A class must have only readonly fields and init-only properties; a struct is copied when passed, so only what
    /// its members refer to matters. Every member's type must itself be immutable.
    /// </summary>
    private string? JudgeMembers(INamedTypeSymbol type)
    {
        var isClass = type.TypeKind == TypeKind.Class;
        for (var current = type; current is not null && current.SpecialType != SpecialType.System_Object && current.SpecialType != SpecialType.System_ValueType; current = current.BaseType)
        {
            foreach (var member in current.GetMembers())
            {
                if (member.IsStatic)
                {
                    continue;
                }

                switch (member)
                {
                    case IFieldSymbol field when field.AssociatedSymbol is null:
                        if (isClass && !field.IsReadOnly && !field.IsConst)
                        {
                            return $"field {current.Name}.{field.Name} is not readonly";
                        }

                        if (WhyMutable(field.Type) is { } fieldReason)
                        {
                            return $"field {current.Name}.{field.Name}: {fieldReason}";
                        }

                        break;
                    case IPropertySymbol property when !(property.IsImplicitlyDeclared && property.Name == "EqualityContract"):
                        if (isClass && property.SetMethod is { IsInitOnly: false })
                        {
                            return $"property {current.Name}.{property.Name} has a setter";
                        }

                        if (WhyMutable(property.Type) is { } propertyReason)
                        {
                            return $"property {current.Name}.{property.Name}: {propertyReason}";
                        }

                        break;
                }
            }
        }

        return null;
    }

    private static bool IsPrimitive(INamedTypeSymbol type) => type.SpecialType switch
    {
        SpecialType.System_Boolean or SpecialType.System_Char or SpecialType.System_SByte or SpecialType.System_Byte
            or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
            or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Decimal or SpecialType.System_Single
            or SpecialType.System_Double or SpecialType.System_String or SpecialType.System_DateTime => true,
        _ => false,
    };

    private static bool IsImmutableCollection(INamedTypeSymbol type) =>
        type.ContainingNamespace?.ToDisplayString() == "System.Collections.Immutable"
        && (type.Name.StartsWith("Immutable", System.StringComparison.Ordinal) || type.Name.StartsWith("IImmutable", System.StringComparison.Ordinal));

    private static bool IsGrainInterface(INamedTypeSymbol type) =>
        type.TypeKind == TypeKind.Interface
        && (IsRuntimeType(type, "IGrain") || type.AllInterfaces.Any(i => IsRuntimeType(i, "IGrain")));

    private static bool HasImmutableAttribute(INamedTypeSymbol type) =>
        type.GetAttributes().Any(a => a.AttributeClass is { } attribute && IsRuntimeType(attribute, "ImmutableAttribute"));

    internal static bool IsRuntimeType(INamedTypeSymbol type, string name) =>
        type.Name == name && type.ContainingNamespace?.ToDisplayString() == RuntimeNamespace;

    private static string FullName(INamedTypeSymbol type) =>
        type.ContainingNamespace is { IsGlobalNamespace: false } ns ? $"{ns.ToDisplayString()}.{type.MetadataName.Split('`')[0]}" : type.MetadataName.Split('`')[0];
}
