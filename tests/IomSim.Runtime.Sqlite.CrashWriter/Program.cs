using System.Globalization;
using IomSim.Runtime.Sqlite;
using IomSim.Runtime.Sqlite.CrashWriter;

// Usage: CrashWriter <database path>. Writes until killed; prints "ready" once the file is set up.
if (args.Length != 1)
{
    await Console.Error.WriteLineAsync("usage: IomSim.Runtime.Sqlite.CrashWriter <database path>");
    return 2;
}

using var storage = new SqliteGrainStorage(args[0]);
var state = new WriterState();
Console.WriteLine("ready");
while (true)
{
    // Read before every write so the ETag is always the stored one: a failure here is a real bug, not a stale write.
    await storage.ReadStateAsync(CrashRecord.StateName, CrashRecord.Grain, state);
    var next = state.ETag is null ? 1 : int.Parse(state.ETag, CultureInfo.InvariantCulture) + 1;
    state.State = CrashRecord.For(next);
    await storage.WriteStateAsync(CrashRecord.StateName, CrashRecord.Grain, state);
}
