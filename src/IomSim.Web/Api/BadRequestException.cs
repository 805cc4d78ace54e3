namespace IomSim.Web.Api;

/// <summary>A request the API refuses, naming the field at fault; it becomes a 400 problem response.</summary>
internal sealed class BadRequestException : Exception
{
    public BadRequestException()
    {
        Field = string.Empty;
    }

    public BadRequestException(string message)
        : base(message)
    {
        Field = string.Empty;
    }

    public BadRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
        Field = string.Empty;
    }

    /// <summary>A refusal of <paramref name="field"/> (a JSON path such as <c>changes[0].state</c>).</summary>
    public BadRequestException(string field, string message)
        : base(message)
    {
        Field = field;
    }

    /// <summary>The field at fault, as a path in the request body.</summary>
    public string Field { get; }
}
