using System.Globalization;
using System.Text.RegularExpressions;
using IomSim.Web.Api;
using IomSim.Web.Views;

namespace IomSim.Web.Sessions;

/// <summary>
/// The API's way to the classroom session grains: checks ids and changes as a run checks them, reads and writes the
/// sessions, and records each run a session asks for.
/// </summary>
internal sealed partial class SessionService(IGrainFactory grains, ScenarioCatalog catalog)
{
    /// <summary>The session <paramref name="id"/> as stored.</summary>
    /// <exception cref="BadRequestException">The id is not one a session may have.</exception>
    public Task<ClassroomSession> ReadAsync(string id) => Grain(id).Read();

    /// <summary>Sets the scenario and changes of session <paramref name="id"/>.</summary>
    /// <exception cref="BadRequestException">The id, the scenario or a change is wrong.</exception>
    /// <exception cref="Orleans.Storage.InconsistentStateException">Another copy of the session wrote first.</exception>
    public Task<ClassroomSession> ChangeAsync(string id, SessionRequest request)
    {
        var session = Grain(id);
        var shipped = catalog.Find(request.Scenario)
            ?? throw new BadRequestException("scenario", $"unknown scenario '{request.Scenario}' (expected an id that GET /api/scenarios lists, such as russia-2020)");
        var changes = request.Changes ?? [];
        _ = ScenarioChanges.Apply(shipped, catalog.World, changes);
        return session.Change(shipped.Id, [.. changes.Select(c => c!)]);
    }

    /// <summary>Records the run <paramref name="view"/> answered for <paramref name="request"/> in its session.</summary>
    /// <exception cref="Orleans.Storage.InconsistentStateException">Another copy of the session wrote first.</exception>
    public Task<ClassroomSession> RecordAsync(RunRequest request, RunView view)
    {
        var outcomes = view.Sessions.SelectMany(s => s.Items).Select(item => $"{item.Id}: " + string.Join(", ",
            item.Outcomes.Select(o => $"{o.Key} {(100 * o.Value).ToString("0.0", CultureInfo.InvariantCulture)}%")));
        return Grain(request.Session!).Record(new ClassroomRun(
            view.Scenario, view.Seed, view.Runs, view.Stored, [.. (request.Changes ?? []).Select(c => c!)], [.. outcomes]));
    }

    /// <summary>Checks a session id before anything runs.</summary>
    /// <exception cref="BadRequestException">The id is not one a session may have.</exception>
    public static void Check(string id)
    {
        if (!SessionId().IsMatch(id))
        {
            throw new BadRequestException("session", $"session id '{id}' is not 1 to 64 letters, digits, '-' or '_'");
        }
    }

    private IClassroomSessionGrain Grain(string id)
    {
        Check(id);
        return grains.GetGrain<IClassroomSessionGrain>(id);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex SessionId();
}
