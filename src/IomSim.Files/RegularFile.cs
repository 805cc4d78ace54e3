using System.Globalization;
using Microsoft.Win32.SafeHandles;
using Mono.Unix.Native;

namespace IomSim.Files;

/// <summary>
/// Reads an input file whole, refusing what could hang or exhaust the program: anything but a regular file (a FIFO or
/// <c>/dev/stdin</c> would block the open or the read for ever, a device can be endless) and files over a size limit.
/// On Unix the file is opened with <c>O_NONBLOCK</c> (so opening a FIFO returns at once) and its type checked on the
/// opened handle with <c>fstat</c>, so what is checked is what is read.
/// </summary>
public static class RegularFile
{
    /// <summary>The bytes of the regular file at <paramref name="path"/>, at most <paramref name="maxBytes"/> of them.</summary>
    /// <exception cref="InputFileException">Missing, not a regular file, over <paramref name="maxBytes"/>, or unreadable.</exception>
    public static byte[] ReadAllBytes(string path, int maxBytes)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        using var handle = OperatingSystem.IsWindows() ? OpenWindows(path) : OpenUnix(path, maxBytes);
        return ReadBounded(handle, maxBytes);
    }

    /// <summary>Whether <paramref name="path"/> exists and is a regular file (following symbolic links), without opening it.</summary>
    public static bool Exists(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return File.Exists(path);
        }

        return Syscall.stat(path, out var status) == 0 && (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFREG;
    }

    private static SafeFileHandle OpenUnix(string path, int maxBytes)
    {
        var descriptor = Syscall.open(path, OpenFlags.O_RDONLY | OpenFlags.O_NONBLOCK | OpenFlags.O_NOCTTY | OpenFlags.O_CLOEXEC);
        if (descriptor < 0)
        {
            throw OpenFailed(Stdlib.GetLastError());
        }

        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        try
        {
            if (Syscall.fstat(descriptor, out var status) != 0)
            {
                throw OpenFailed(Stdlib.GetLastError());
            }

            var type = status.st_mode & FilePermissions.S_IFMT;
            if (type != FilePermissions.S_IFREG)
            {
                throw new InputFileException(InputFileProblem.NotRegular, $"{TypeName(type)}, not a regular file");
            }

            if (status.st_size > maxBytes)
            {
                throw TooLarge(status.st_size.ToString("N0", CultureInfo.InvariantCulture), maxBytes);
            }

            return handle;
        }
        catch
        {
            handle.Dispose();
            throw;
        }
    }

    private static SafeFileHandle OpenWindows(string path)
    {
        if (Directory.Exists(path))
        {
            throw new InputFileException(InputFileProblem.NotRegular, "a folder, not a regular file");
        }

        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputFileException(InputFileProblem.Missing, "the file does not exist");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(InputFileProblem.Unreadable, $"the file cannot be read: {e.Message}");
        }
    }

    // Reads one byte more than the limit, so a file that grows after the check is still refused without reading it all.
    private static byte[] ReadBounded(SafeFileHandle handle, int maxBytes)
    {
        var buffer = new byte[maxBytes + 1];
        var total = 0;
        try
        {
            int read;
            while (total < buffer.Length && (read = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
            {
                total += read;
            }
        }
        catch (NotSupportedException)
        {
            throw new InputFileException(InputFileProblem.NotRegular, "not a regular file (it cannot be read from a position)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException(InputFileProblem.Unreadable, $"the file cannot be read: {e.Message}");
        }

        return total > maxBytes
            ? throw TooLarge($"more than {maxBytes.ToString("N0", CultureInfo.InvariantCulture)}", maxBytes)
            : buffer[..total];
    }

    private static InputFileException OpenFailed(Errno error) => error switch
    {
        Errno.ENOENT or Errno.ENOTDIR => new(InputFileProblem.Missing, "the file does not exist"),
        Errno.EACCES or Errno.EPERM => new(InputFileProblem.Unreadable, "the file cannot be read: permission denied"),
        Errno.ELOOP => new(InputFileProblem.Unreadable, "the file cannot be read: too many symbolic links"),
        Errno.EISDIR => new(InputFileProblem.NotRegular, "a folder, not a regular file"),
        _ => new(InputFileProblem.Unreadable, $"the file cannot be read: {error}"),
    };

    private static InputFileException TooLarge(string size, int maxBytes) =>
        new(InputFileProblem.TooLarge, $"the file is {size} bytes, over the limit of {maxBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");

    private static string TypeName(FilePermissions type) => type switch
    {
        FilePermissions.S_IFDIR => "a folder",
        FilePermissions.S_IFIFO => "a FIFO (named pipe)",
        FilePermissions.S_IFCHR => "a character device",
        FilePermissions.S_IFBLK => "a block device",
        FilePermissions.S_IFSOCK => "a socket",
        _ => "a special file",
    };
}
