using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Serialization;
using IomSim.Web.Views;

namespace IomSim.Web.Api;

/// <summary>
/// The API's JSON, generated at build time: camelCase, and a request field the API does not know is an error rather
/// than silently ignored (a misspelt change would otherwise run unchanged), as is a field given twice (which of the two
/// counts would be a guess).
/// </summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    ReadCommentHandling = JsonCommentHandling.Disallow,
    AllowDuplicateProperties = false)]
[JsonSerializable(typeof(RunRequest))]
[JsonSerializable(typeof(SessionRequest))]
[JsonSerializable(typeof(Sessions.ClassroomSession))]
[JsonSerializable(typeof(RunView))]
[JsonSerializable(typeof(ImmutableArray<ScenarioSummaryView>))]
[JsonSerializable(typeof(ScenarioDetailView))]
internal sealed partial class ApiJson : JsonSerializerContext;
