using System.Collections.Generic;

namespace IomSim.Runtime.CodeGen;

/// <summary>How a grain method returns, which decides how its call is adapted.</summary>
internal enum ReturnShape
{
    Task,
    TaskOfT,
    ValueTask,
    ValueTaskOfT,
}

/// <summary>One grain interface method, with every type written fully qualified.</summary>
internal sealed class GrainMethodModel(
    string declaringInterface,
    string name,
    ReturnShape shape,
    string returnType,
    string? resultType,
    bool alwaysInterleave,
    IReadOnlyList<(string Type, string Name)> parameters)
{
    public string DeclaringInterface { get; } = declaringInterface;

    public string Name { get; } = name;

    public ReturnShape Shape { get; } = shape;

    public string ReturnType { get; } = returnType;

    /// <summary>The call's result type: T for Task&lt;T&gt; and ValueTask&lt;T&gt;, None otherwise.</summary>
    public string ResultType { get; } = resultType ?? "global::IomSim.Runtime.Invocation.None";

    public bool AlwaysInterleave { get; } = alwaysInterleave;

    public IReadOnlyList<(string Type, string Name)> Parameters { get; } = parameters;
}
