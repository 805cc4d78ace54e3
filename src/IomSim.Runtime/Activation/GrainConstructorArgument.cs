using System.Reflection;
using IomSim.Runtime.Storage;
using Microsoft.Extensions.Logging;

namespace IomSim.Runtime.Activation;

/// <summary>How one grain constructor parameter is supplied: persistent state, the grain factory, the clock, a logger, or a service.</summary>
internal sealed class GrainConstructorArgument
{
    private static readonly MethodInfo s_createState =
        typeof(GrainConstructorArgument).GetMethod(nameof(CreateState), BindingFlags.NonPublic | BindingFlags.Static)!;

    private readonly Func<GrainActivation, object?> _resolve;

    private GrainConstructorArgument(Func<GrainActivation, object?> resolve) => _resolve = resolve;

    public object? Resolve(GrainActivation activation) => _resolve(activation);

    public static GrainConstructorArgument For(Type grainClass, ParameterInfo parameter)
    {
        var type = parameter.ParameterType;
        if (parameter.GetCustomAttribute<PersistentStateAttribute>() is { } state)
        {
            if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(IPersistentState<>))
            {
                throw new ArgumentException($"{grainClass.Name}: parameter '{parameter.Name}' has [PersistentState] but is a {type.Name}, not an IPersistentState<T>.", nameof(parameter));
            }

            var create = s_createState.MakeGenericMethod(type.GetGenericArguments()[0])
                .CreateDelegate<Func<GrainActivation, PersistentStateAttribute, object>>();
            return new(activation => create(activation, state));
        }

        if (type == typeof(IGrainFactory))
        {
            return new(activation => activation.Runtime);
        }

        if (type == typeof(TimeProvider))
        {
            return new(activation => activation.Runtime.TimeProvider);
        }

        if (type == typeof(ILogger))
        {
            return new(activation => activation.Runtime.LoggerFactory.CreateLogger(grainClass));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ILogger<>))
        {
            var loggerType = typeof(Logger<>).MakeGenericType(type.GetGenericArguments()[0]);
            return new(activation => Activator.CreateInstance(loggerType, activation.Runtime.LoggerFactory));
        }

        return new(activation => activation.Runtime.Services?.GetService(type)
            ?? throw new InvalidOperationException(
                $"{grainClass.Name} needs a {type.Name} for its constructor parameter '{parameter.Name}', and no service provider supplies one."));
    }

    private static object CreateState<TState>(GrainActivation activation, PersistentStateAttribute attribute)
        where TState : new() => activation.AddPersistentState<TState>(attribute.StateName, attribute.StorageName);
}
