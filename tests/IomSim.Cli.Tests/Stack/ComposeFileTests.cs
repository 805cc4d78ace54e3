using IomSim.Grains;
using IomSim.Results.Postgres;
using IomSim.Telemetry;
using Npgsql;

namespace IomSim.Cli.Tests.Stack;

/// <summary>
/// docker-compose.yml and the Dockerfile checked without Docker: every service can be built or pulled, the ports line
/// up, every command line is one the program accepts, the silos and the dashboard join one cluster kept in the Redis
/// service, and every variable the program is given is one it reads, with a value that reaches the service it names.
/// </summary>
public sealed class ComposeFileTests
{
    private const string Dashboard = "dashboard";
    private const string Membership = "redis";
    private const string Database = "postgres";
    private const string Collector = "jaeger";

    private static readonly ComposeStack s_stack = ComposeStack.Load();

    // The services that run the program: built from the Dockerfile.
    private static IEnumerable<string> Programs => s_stack.Names.Where(n => s_stack.Service(n).Children.ContainsKey("build"));

    private static IEnumerable<string> Silos => Programs.Where(n => s_stack.Command(n)[0] == "silo");

    [Fact]
    public void The_stack_is_the_dashboard_two_silos_Redis_the_database_and_a_trace_collector()
    {
        Assert.Equal([Dashboard, "silo-1", "silo-2", Membership, Database, Collector], s_stack.Names);
        Assert.Equal(["silo-1", "silo-2"], Silos);
    }

    [Fact]
    public void Every_service_has_an_image_or_a_build_whose_Dockerfile_exists()
    {
        foreach (var name in s_stack.Names)
        {
            var service = s_stack.Service(name).Children;
            Assert.True(service.ContainsKey("image") ^ service.ContainsKey("build"), $"{name}: exactly one of image and build");
            if (service.TryGetValue("build", out var build))
            {
                Assert.Equal(".", build.ToString());
                Assert.True(File.Exists(Testing.RepositoryRoot.Combine("Dockerfile")), "the build context has no Dockerfile");
            }
            else
            {
                Assert.Matches(@"^[a-z0-9./-]+:[0-9][0-9.]*$", service["image"].ToString());
            }
        }
    }

    [Fact]
    public void Every_published_port_is_on_loopback_only()
    {
        foreach (var name in s_stack.Names)
        {
            Assert.All(s_stack.Ports(name), port => Assert.Equal("127.0.0.1", port.Address));
        }
    }

    [Fact]
    public void The_image_serves_the_dashboard_on_the_port_compose_publishes()
    {
        Assert.Equal(["dotnet", "iomsim.dll"], s_stack.ExecForm("ENTRYPOINT"));
        var command = s_stack.ExecForm("CMD");
        Assert.Equal("serve", command[0]);
        var url = new Uri(command[Array.IndexOf(command, "--urls") + 1]);
        Assert.Contains($"EXPOSE {url.Port}", s_stack.Dockerfile);
        Assert.Equal([url.Port], s_stack.Ports(Dashboard).Select(p => p.ContainerPort));

        // The program accepts exactly that command line (help stops it before it listens).
        var help = Iomsim.Run([.. command, "--help"]);
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("--urls", help.Out, StringComparison.Ordinal);

        // Compose runs the dashboard on the same port, joined to the cluster.
        var dashboard = s_stack.Command(Dashboard);
        Assert.Equal("serve", dashboard[0]);
        Assert.Equal([new Uri(dashboard[Array.IndexOf(dashboard, "--urls") + 1]).Port], s_stack.Ports(Dashboard).Select(p => p.ContainerPort));
    }

    [Fact]
    public void Every_command_line_compose_gives_the_program_is_one_it_accepts()
    {
        foreach (var name in Programs)
        {
            var help = Iomsim.Run([.. s_stack.Command(name), "--help"]);
            Assert.True(help.ExitCode == 0, $"{name}: {string.Join(' ', s_stack.Command(name))} --help exits {help.ExitCode}: {help.Error}");
            Assert.Contains("--cluster", help.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_silos_and_the_dashboard_join_one_cluster_kept_in_the_Redis_service_which_keeps_its_data()
    {
        var clusters = Programs.Select(n => (Name: n, Url: Option(s_stack.Command(n), "--cluster"))).ToArray();
        Assert.All(clusters, c => Assert.NotNull(c.Url));
        Assert.Single(clusters.Select(c => c.Url).Distinct());
        var address = ClusterAddress.Parse(clusters[0].Url!, "--cluster");
        Assert.Equal(Membership, address.Host);
        Assert.Equal([address.Port], s_stack.Ports(Membership).Select(p => p.ContainerPort));
        Assert.All(Programs, name => Assert.Contains(Membership, DependsOn(name)));

        // Append-only on a named volume: the classroom sessions survive a restart of the stack.
        var redis = s_stack.Command(Membership);
        Assert.Equal("yes", Option(redis, "--appendonly"));
        Assert.Contains(s_stack.Volumes(Membership), v => v.EndsWith(":/data", StringComparison.Ordinal));
    }

    [Fact]
    public void The_program_is_given_only_variables_it_reads()
    {
        string[] read = [ResultsStoreLocation.EnvironmentVariable, TelemetryOptions.EndpointVariable, TelemetryOptions.ProtocolVariable];
        Assert.All(Programs, name => Assert.All(s_stack.Environment(name).Keys, variable => Assert.Contains(variable, read)));
    }

    [Fact]
    public void The_store_URL_reaches_the_database_service_with_its_credentials()
    {
        var url = s_stack.Environment(Dashboard)[ResultsStoreLocation.EnvironmentVariable];
        var location = ResultsStoreLocation.Parse(url, ResultsStoreLocation.EnvironmentVariable);
        Assert.True(location.IsServer);

        var connection = new NpgsqlConnectionStringBuilder(PostgresUrl.ToConnectionString(url, ResultsStoreLocation.EnvironmentVariable));
        var database = s_stack.Environment(Database);
        Assert.Equal(Database, connection.Host);
        Assert.Equal(5432, connection.Port);
        Assert.Equal(database["POSTGRES_USER"], connection.Username);
        Assert.Equal(database["POSTGRES_PASSWORD"], connection.Password);
        Assert.Equal(database["POSTGRES_DB"], connection.Database);
        Assert.Contains(Database, DependsOn(Dashboard));
    }

    [Fact]
    public void Traces_go_to_the_collector_on_the_port_of_the_protocol_named_from_the_dashboard_and_every_silo()
    {
        foreach (var name in Programs)
        {
            var environment = s_stack.Environment(name);
            var options = TelemetryOptions.FromEnvironment(variable => environment.GetValueOrDefault(variable));
            Assert.NotNull(options.OtlpEndpoint);
            Assert.Equal(Collector, options.OtlpEndpoint.Host);

            // OTLP's standard ports: 4317 for gRPC, 4318 for HTTP; Jaeger's all-in-one image listens on both.
            var expectedPort = options.OtlpProtocol == OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf ? 4318 : 4317;
            Assert.Equal(expectedPort, options.OtlpEndpoint.Port);
            Assert.Contains(Collector, DependsOn(name));
        }

        Assert.Equal("true", s_stack.Environment(Collector)["COLLECTOR_OTLP_ENABLED"]);
    }

    // The value after an option in a command line, or null.
    private static string? Option(string[] command, string option) =>
        Array.IndexOf(command, option) is var at and >= 0 && at + 1 < command.Length ? command[at + 1] : null;

    private static IEnumerable<string> DependsOn(string service) =>
        ((YamlDotNet.RepresentationModel.YamlMappingNode)s_stack.Service(service)["depends_on"]).Children.Keys.Select(k => k.ToString());
}
