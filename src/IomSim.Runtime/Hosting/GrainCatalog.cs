using IomSim.Runtime.Activation;

namespace IomSim.Runtime.Hosting;

/// <summary>
/// The registered grain classes, indexed by grain interface and by grain type. Built once from the options and
/// shared by every runtime made from them, so a simulation can create a runtime per run cheaply.
/// </summary>
internal sealed class GrainCatalog
{
    private readonly Dictionary<Type, GrainClass> _byInterface = [];
    private readonly Dictionary<string, GrainClass> _byGrainType = new(StringComparer.Ordinal);

    public GrainCatalog(IEnumerable<Type> grainClasses)
    {
        foreach (var grainClass in grainClasses.Distinct().Select(GrainClass.For))
        {
            if (_byGrainType.TryGetValue(grainClass.GrainType, out var sameType))
            {
                throw new ArgumentException(
                    $"Grain classes {sameType.ClassType.FullName} and {grainClass.ClassType.FullName} both have grain type '{grainClass.GrainType}'; give one a [GrainType].");
            }

            _byGrainType.Add(grainClass.GrainType, grainClass);
            foreach (var grainInterface in grainClass.Interfaces)
            {
                if (_byInterface.TryGetValue(grainInterface, out var other))
                {
                    throw new ArgumentException(
                        $"Grain interface {grainInterface.FullName} is implemented by both {other.ClassType.FullName} and {grainClass.ClassType.FullName}; register one.");
                }

                _byInterface.Add(grainInterface, grainClass);
            }
        }
    }

    public GrainClass? Find(Type grainInterface) => _byInterface.GetValueOrDefault(grainInterface);

    public IEnumerable<Type> Interfaces => _byInterface.Keys;
}
