using IomSim.Results.Postgres;
using IomSim.Telemetry;
using Npgsql;

namespace IomSim.Cli.Tests.Stack;

/// <summary>
/// docker-compose.yml and the Dockerfile checked without Docker: every service can be built or pulled, the ports line
/// up, and every variable the dashboard is given is one the program reads, with a value that reaches the service it
/// names.
/// </summary>
public sealed class ComposeFileTests
{
    private const string Dashboard = "dashboard";
    private const string Database = "postgres";
    private const string Collector = "jaeger";

    private static readonly ComposeStack s_stack = ComposeStack.Load();

    [Fact]
    public void The_stack_is_the_dashboard_its_database_and_a_trace_collector()
    {
        Assert.Equal([Dashboard, Database, Collector], s_stack.Names);
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
    }

    [Fact]
    public void The_dashboard_is_given_only_variables_the_program_reads()
    {
        string[] read = [ResultsStoreLocation.EnvironmentVariable, TelemetryOptions.EndpointVariable, TelemetryOptions.ProtocolVariable];
        Assert.All(s_stack.Environment(Dashboard).Keys, name => Assert.Contains(name, read));
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
    public void Traces_go_to_the_collector_on_the_port_of_the_protocol_named()
    {
        var environment = s_stack.Environment(Dashboard);
        var options = TelemetryOptions.FromEnvironment(name => environment.GetValueOrDefault(name));
        Assert.NotNull(options.OtlpEndpoint);
        Assert.Equal(Collector, options.OtlpEndpoint.Host);

        // OTLP's standard ports: 4317 for gRPC, 4318 for HTTP; Jaeger's all-in-one image listens on both.
        var expectedPort = options.OtlpProtocol == OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf ? 4318 : 4317;
        Assert.Equal(expectedPort, options.OtlpEndpoint.Port);
        Assert.Equal("true", s_stack.Environment(Collector)["COLLECTOR_OTLP_ENABLED"]);
        Assert.Contains(Collector, DependsOn(Dashboard));
    }

    private static IEnumerable<string> DependsOn(string service) =>
        ((YamlDotNet.RepresentationModel.YamlMappingNode)s_stack.Service(service)["depends_on"]).Children.Keys.Select(k => k.ToString());
}
