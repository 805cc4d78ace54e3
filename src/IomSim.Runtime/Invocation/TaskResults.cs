using System.ComponentModel;

namespace IomSim.Runtime.Invocation;

/// <summary>Adapts grain methods that return no value to the <see cref="GrainCall{TResult}"/> shape.</summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class TaskResults
{
    /// <summary>A <see cref="Task"/> as a <see cref="ValueTask{None}"/>, without allocating when it already succeeded.</summary>
    public static ValueTask<None> ToNone(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.IsCompletedSuccessfully ? default : AwaitNone(task);
    }

    /// <summary>A <see cref="ValueTask"/> as a <see cref="ValueTask{None}"/>.</summary>
    public static ValueTask<None> ToNone(ValueTask task) =>
        task.IsCompletedSuccessfully ? default : AwaitNone(task.AsTask());

    private static async ValueTask<None> AwaitNone(Task task)
    {
        await task;
        return default;
    }
}
