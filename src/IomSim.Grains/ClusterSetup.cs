using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;

namespace IomSim.Grains;

/// <summary>
/// What a silo or a client adds to <see cref="SiloSetup"/> to be part of a cluster: membership kept by Orleans in the
/// Redis server <see cref="ClusterAddress"/> names, the classroom sessions' grain storage in the same server, Orleans'
/// dashboard statistics, and the cluster's name. Every silo and client given the same address meets the others there.
/// </summary>
public static class ClusterSetup
{
    /// <summary>The Orleans service every iomsim cluster belongs to: grain state in Redis is keyed by it.</summary>
    public const string ServiceId = "iomsim";

    /// <summary>Where a silo listens for other silos unless told otherwise (Orleans' customary port).</summary>
    public const int SiloPort = 11111;

    /// <summary>Where a silo listens for clients unless told otherwise (Orleans' customary port).</summary>
    public const int GatewayPort = 30000;

    /// <summary>
    /// How often a silo writes that it is alive into the membership table. Orleans treats an entry as stale after three
    /// missed writes; a silo killed without leaving (SIGKILL, a crash, a power cut) stays listed as active, and a silo
    /// joining later must first see it declared dead. With Orleans' default of 30 s that took 90 s and more (a silo
    /// joining beside two killed ones took 104 s, measured); at 10 s it takes about 30 s, for one small Redis write
    /// every 10 s per silo.
    /// </summary>
    public static readonly TimeSpan AliveEvery = TimeSpan.FromSeconds(10);

    /// <summary>The grain storage of the classroom sessions (memory in one process, Redis in a cluster).</summary>
    public const string SessionStorage = "classroom";

    /// <summary>
    /// Makes <paramref name="silo"/> a member of the cluster at <paramref name="address"/>, listening for silos on
    /// <paramref name="siloPort"/> and for clients on <paramref name="gatewayPort"/>, reached by the others at
    /// <paramref name="advertised"/>.
    /// </summary>
    public static ISiloBuilder JoinCluster(this ISiloBuilder silo, ClusterAddress address, IPAddress advertised, int siloPort, int gatewayPort)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(address);
        var redis = address.RedisOptions();
        silo.Configure<ClusterOptions>(cluster =>
        {
            cluster.ServiceId = ServiceId;
            cluster.ClusterId = address.ClusterId;
        });
        silo.Configure<ClusterMembershipOptions>(membership => membership.IAmAliveTablePublishTimeout = AliveEvery);
        silo.ConfigureEndpoints(advertised, siloPort, gatewayPort, listenOnAnyHostAddress: !IPAddress.IsLoopback(advertised));
        silo.UseRedisClustering(options => options.ConfigurationOptions = redis);
        silo.AddRedisGrainStorage(SessionStorage, options => options.ConfigurationOptions = redis);
        silo.AddDashboard();
        return silo;
    }

    /// <summary>Makes <paramref name="client"/> a client of the cluster at <paramref name="address"/>.</summary>
    public static IClientBuilder JoinCluster(this IClientBuilder client, ClusterAddress address)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(address);
        client.Configure<ClusterOptions>(cluster =>
        {
            cluster.ServiceId = ServiceId;
            cluster.ClusterId = address.ClusterId;
        });
        client.UseRedisClustering(options => options.ConfigurationOptions = address.RedisOptions());
        client.AddActivityPropagation();
        return client;
    }

    /// <summary>
    /// The address other silos and clients reach this silo at: loopback when the cluster's Redis is on loopback (all
    /// on one machine), else this machine's first IPv4 address (a container's on the compose network).
    /// </summary>
    public static IPAddress Advertised(ClusterAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsLoopback)
        {
            return IPAddress.Loopback;
        }

        return Dns.GetHostAddresses(Dns.GetHostName()).FirstOrDefault(ip => ip.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(ip))
            ?? IPAddress.Loopback;
    }
}
