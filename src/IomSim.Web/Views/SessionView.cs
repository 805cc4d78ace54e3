using System.Collections.Immutable;

namespace IomSim.Web.Views;

/// <summary>A session with its items, in timeline order.</summary>
internal sealed record SessionView(string Name, string Date, ImmutableArray<ItemRunView> Items);
