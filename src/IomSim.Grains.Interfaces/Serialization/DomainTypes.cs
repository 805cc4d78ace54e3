using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Serialization.Cloning;

namespace IomSim.Grains;

/// <summary>
/// The domain's types in grain messages. The domain model stays plain C# without Orleans (model code changes apart
/// from the grains, and a surrogate per type would silently drop a field the model adds): between grains of one silo
/// its records pass by reference, as they are immutable by design, like the <c>[Immutable]</c> message records that
/// carry them; between silos (and to clients) they travel as JSON through Orleans' System.Text.Json codec, which
/// follows the records as they change and writes doubles and decimals so that they read back exactly.
/// </summary>
public static class DomainTypes
{
    /// <summary>The JSON options the domain's types travel with: state codes, donor ids and state maps as their text and pairs.</summary>
    public static JsonSerializerOptions Json { get; } = new()
    {
        Converters = { new StateCodeJson(), new DonorIdJson(), new StateDictionaryJson() },
    };

    /// <summary>Lets the domain's types pass by reference within a silo and as JSON between silos.</summary>
    public static ISerializerBuilder AddDomainTypes(this ISerializerBuilder serializer)
    {
        ArgumentNullException.ThrowIfNull(serializer);
        serializer.Services.AddSingleton<IGeneralizedCopier, DomainCopier>();
        serializer.AddJsonSerializer(isSerializable: IsDomain, isCopyable: null, options => options.Configure(o => o.SerializerOptions = Json));
        return serializer;
    }

    private static bool IsDomain(Type type) => type.Namespace?.StartsWith("IomSim.Domain", StringComparison.Ordinal) == true;

    // Optional and shallow: Orleans then copies a domain type, and any immutable collection of them, by reference
    // without entering the copy context (a generalized copier alone made every element of a batch's answers a tracked
    // copy, a tenth of a run's time).
    private sealed class DomainCopier : IGeneralizedCopier, IOptionalDeepCopier
    {
        public bool IsSupportedType(Type type) => IsDomain(type);

        public bool IsShallowCopyable() => true;

        public object? DeepCopy(object? input, CopyContext context) => input;
    }
}
