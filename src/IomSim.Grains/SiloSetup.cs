using Orleans.Serialization;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IomSim.Grains;

/// <summary>
/// How every program that hosts the grains sets up its silo: in-memory grain storage, the domain's types passed by
/// reference between grains of one silo (<see cref="DomainTypes"/>), and quiet logging. The embedded silo adds
/// localhost clustering; a clustered silo adds its own membership.
/// </summary>
public static class SiloSetup
{
    /// <summary>Adds the grains' silo set-up to <paramref name="silo"/>.</summary>
    public static ISiloBuilder AddIomSimGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddMemoryGrainStorageAsDefault();

        // A grain call is a span of Orleans' own source, a child of the caller's (nothing is made while nobody listens).
        silo.AddActivityPropagation();
        silo.Services.AddSerializer(serializer => serializer.AddDomainTypes());
        return silo;
    }

    /// <summary>
    /// A host builder without the defaults that would write to the console (logging providers, configuration files):
    /// the programs' output stays their own. Only errors are logged, and only where a program adds a provider.
    /// </summary>
    public static HostApplicationBuilder QuietHost()
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Error);
        return builder;
    }
}
