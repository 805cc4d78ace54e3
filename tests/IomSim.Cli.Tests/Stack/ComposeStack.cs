using IomSim.Testing;
using YamlDotNet.RepresentationModel;

namespace IomSim.Cli.Tests.Stack;

/// <summary>The top-level docker-compose.yml and Dockerfile, read as data (no Docker engine runs on the build machines).</summary>
internal sealed class ComposeStack
{
    private ComposeStack(YamlMappingNode services, string[] dockerfile)
    {
        Services = services;
        Dockerfile = dockerfile;
    }

    /// <summary>The <c>services:</c> mapping.</summary>
    public YamlMappingNode Services { get; }

    /// <summary>The Dockerfile's lines.</summary>
    public string[] Dockerfile { get; }

    /// <summary>Reads both files from the repository.</summary>
    public static ComposeStack Load()
    {
        var yaml = new YamlStream();
        using (var reader = File.OpenText(RepositoryRoot.Combine("docker-compose.yml")))
        {
            yaml.Load(reader);
        }

        var root = (YamlMappingNode)yaml.Documents[0].RootNode;
        return new ComposeStack((YamlMappingNode)root["services"], File.ReadAllLines(RepositoryRoot.Combine("Dockerfile")));
    }

    /// <summary>The names of the services.</summary>
    public IEnumerable<string> Names => Services.Children.Keys.Select(k => ((YamlScalarNode)k).Value!);

    /// <summary>One service's mapping.</summary>
    public YamlMappingNode Service(string name) => (YamlMappingNode)Services[name];

    /// <summary>A service's environment, as a dictionary (the mapping form is the one used here).</summary>
    public IReadOnlyDictionary<string, string> Environment(string name) =>
        Service(name).Children.TryGetValue("environment", out var environment)
            ? ((YamlMappingNode)environment).Children.ToDictionary(e => ((YamlScalarNode)e.Key).Value!, e => ((YamlScalarNode)e.Value).Value!, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A service's published ports, each as (host address, host port, container port).</summary>
    public IReadOnlyList<(string Address, int HostPort, int ContainerPort)> Ports(string name) =>
        Service(name).Children.TryGetValue("ports", out var ports)
            ? [.. ((YamlSequenceNode)ports).Children.Select(p => ParsePort(((YamlScalarNode)p).Value!))]
            : [];

    /// <summary>A service's command line: its <c>command:</c> (a sequence), else for a built service the image's CMD.</summary>
    public string[] Command(string name) =>
        Service(name).Children.TryGetValue("command", out var command)
            ? [.. ((YamlSequenceNode)command).Children.Select(c => ((YamlScalarNode)c).Value!)]
            : Service(name).Children.ContainsKey("build") ? ExecForm("CMD") : [];

    /// <summary>A service's volumes, as written (<c>name:/path</c>).</summary>
    public IReadOnlyList<string> Volumes(string name) =>
        Service(name).Children.TryGetValue("volumes", out var volumes)
            ? [.. ((YamlSequenceNode)volumes).Children.Select(v => ((YamlScalarNode)v).Value!)]
            : [];

    /// <summary>The JSON-array arguments of a Dockerfile instruction (ENTRYPOINT, CMD).</summary>
    public string[] ExecForm(string instruction)
    {
        var line = Dockerfile.Single(l => l.StartsWith(instruction + " ", StringComparison.Ordinal));
        return System.Text.Json.JsonSerializer.Deserialize<string[]>(line[(instruction.Length + 1)..])!;
    }

    // Compose's short port syntax as written here: "address:host:container"; anything else fails the test that reads it.
    private static (string, int, int) ParsePort(string text)
    {
        var parts = text.Split(':');
        return parts.Length == 3
            ? (parts[0], int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture))
            : throw new FormatException($"port '{text}' does not name the host address it binds to");
    }
}
