using System.Collections.Immutable;
using IomSim.Domain.World;
using IomSim.Engine;
using IomSim.Engine.Sweeps;
using IomSim.Scenarios.Model;

namespace IomSim.Cli.Sweeps;

/// <summary>
/// The player of each sweep setting (the scenario with the setting's values, staged), made when the setting's first
/// batch is played and let go once play has moved well past it, so a sweep of thousands of settings holds a few
/// players, not all. A batch of a setting let go makes its player again: the same scenario and world stage the same
/// runs, so only time is lost.
/// </summary>
internal sealed class SettingPlayers(World world, Scenario scenario, ImmutableArray<SweepAxis> axes, ImmutableArray<SweepSetting> settings)
{
    // How many settings behind the newest one asked for a player is kept: lanes rarely lag further.
    private const int Kept = 64;

    private readonly Lock _lock = new();
    private readonly Dictionary<int, Lazy<ScenarioPlayer>> _players = [];
    private int _newest = -1;

    /// <summary>The player of setting <paramref name="setting"/>; from any thread.</summary>
    public ScenarioPlayer For(int setting)
    {
        Lazy<ScenarioPlayer>? player;
        lock (_lock)
        {
            if (!_players.TryGetValue(setting, out player))
            {
                player = new Lazy<ScenarioPlayer>(() => new ScenarioPlayer(world, settings[setting].ApplyTo(scenario, axes)));
                _players.Add(setting, player);
            }

            if (setting > _newest)
            {
                _newest = setting;
                foreach (var old in _players.Keys.Where(s => s < _newest - Kept).ToArray())
                {
                    _players.Remove(old);
                }
            }
        }

        return player.Value;
    }
}
