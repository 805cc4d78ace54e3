namespace IomSim.Files;

/// <summary>Why an input file was refused.</summary>
public enum InputFileProblem
{
    /// <summary>Nothing at that path.</summary>
    Missing,

    /// <summary>A folder, FIFO, device, socket or other non-regular file.</summary>
    NotRegular,

    /// <summary>Over the size limit.</summary>
    TooLarge,

    /// <summary>Permission denied or another failure of the system.</summary>
    Unreadable,
}
