using System.Reflection;
using System.Text;

namespace IomSim.Runtime.Activation;

/// <summary>
/// A registered grain class: its grain type name, reentrancy, the grain interfaces it serves, and how to construct it.
/// Built once per catalog by reflection; creating an activation then costs one constructor call.
/// </summary>
internal sealed class GrainClass
{
    private readonly ConstructorInfo _constructor;
    private readonly GrainConstructorArgument[] _arguments;

    private GrainClass(Type classType, string grainType, bool isReentrant, IReadOnlyList<Type> interfaces, ConstructorInfo constructor, GrainConstructorArgument[] arguments)
    {
        ClassType = classType;
        GrainType = grainType;
        IsReentrant = isReentrant;
        Interfaces = interfaces;
        _constructor = constructor;
        _arguments = arguments;
    }

    public Type ClassType { get; }

    public string GrainType { get; }

    public bool IsReentrant { get; }

    public IReadOnlyList<Type> Interfaces { get; }

    /// <summary>Reads a grain class by reflection, with a clear error for anything the runtime cannot host.</summary>
    public static GrainClass For(Type classType)
    {
        ArgumentNullException.ThrowIfNull(classType);
        if (!typeof(Grain).IsAssignableFrom(classType) || classType.IsAbstract || classType.IsGenericTypeDefinition)
        {
            throw new ArgumentException($"{classType.FullName} is not a grain class: it must be a concrete, non-generic class deriving from {nameof(Grain)}.", nameof(classType));
        }

        var interfaces = classType.GetInterfaces()
            .Where(i => typeof(IGrainWithStringKey).IsAssignableFrom(i) && i != typeof(IGrainWithStringKey))
            .ToArray();
        if (interfaces.Length == 0)
        {
            throw new ArgumentException($"{classType.FullName} implements no grain interface (an interface deriving from {nameof(IGrainWithStringKey)}).", nameof(classType));
        }

        var constructors = classType.GetConstructors();
        if (constructors.Length != 1)
        {
            throw new ArgumentException($"{classType.FullName} must have exactly one public constructor; it has {constructors.Length}.", nameof(classType));
        }

        var constructor = constructors[0];
        var arguments = constructor.GetParameters().Select(p => GrainConstructorArgument.For(classType, p)).ToArray();
        var grainType = classType.GetCustomAttribute<GrainTypeAttribute>()?.Name ?? DefaultGrainType(classType.Name);
        return new GrainClass(classType, grainType, classType.IsDefined(typeof(ReentrantAttribute), inherit: false), interfaces, constructor, arguments);
    }

    /// <summary>Constructs the grain for an activation.</summary>
    public Grain Create(GrainActivation activation)
    {
        var values = new object?[_arguments.Length];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = _arguments[i].Resolve(activation);
        }

        try
        {
            return (Grain)_constructor.Invoke(values);
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is { } inner)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(inner);
            throw;
        }
    }

    /// <summary><c>MemberStateGrain</c> becomes <c>member-state</c>.</summary>
    internal static string DefaultGrainType(string className)
    {
        var name = className.EndsWith("Grain", StringComparison.Ordinal) && className.Length > "Grain".Length
            ? className[..^"Grain".Length]
            : className;
        var kebab = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0 && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                kebab.Append('-');
            }

            kebab.Append(char.ToLowerInvariant(c));
        }

        return kebab.ToString();
    }
}
