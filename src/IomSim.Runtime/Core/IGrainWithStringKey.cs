namespace IomSim.Runtime;

/// <summary>
/// A grain identified by a string key (a state code, a session id). Methods must return
/// <see cref="Task"/>, <see cref="Task{TResult}"/>, <see cref="ValueTask"/> or <see cref="ValueTask{TResult}"/>,
/// and every argument and result must be immutable (checked at build time by the code generator).
/// </summary>
public interface IGrainWithStringKey : IGrain;
