namespace IomSim.Files;

/// <summary>
/// A path with every symbolic link resolved and every <c>.</c> and <c>..</c> taken as the file system takes them (a
/// <c>..</c> after a linked folder leaves the link's target, not the link), as <c>realpath(3)</c> gives it. .NET resolves
/// one link at a time only, and Mono.Unix's whole-path resolution did not return on some paths, so the walk is here.
/// </summary>
public static class RealPath
{
    // As Linux's own limit on links followed in one lookup.
    private const int MaxLinks = 40;

    /// <summary>The real path of <paramref name="path"/> (relative paths from the working folder); parts that do not exist are kept as written.</summary>
    /// <exception cref="InputFileException">More than 40 links were followed (a loop).</exception>
    public static string Of(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var absolute = Path.IsPathFullyQualified(path) ? path : Path.Combine(Directory.GetCurrentDirectory(), path);
        var root = Path.GetPathRoot(absolute) ?? string.Empty;
        var pending = new Stack<string>(Parts(absolute[root.Length..]).Reverse());
        var current = root;
        var links = 0;
        while (pending.TryPop(out var part))
        {
            if (part == ".")
            {
                continue;
            }

            if (part == "..")
            {
                current = Path.GetDirectoryName(current) ?? current;
                continue;
            }

            var next = Path.Join(current, part);
            var target = new FileInfo(next).LinkTarget;
            if (target is null)
            {
                current = next;
                continue;
            }

            if (++links > MaxLinks)
            {
                throw new InputFileException(InputFileProblem.Unreadable, "the path cannot be resolved: too many symbolic links");
            }

            // The link's target replaces it: an absolute target restarts from its root, a relative one from the link's folder.
            if (Path.IsPathFullyQualified(target))
            {
                current = Path.GetPathRoot(target) ?? root;
                target = target[current.Length..];
            }

            foreach (var linked in Parts(target).Reverse())
            {
                pending.Push(linked);
            }
        }

        return current;
    }

    /// <summary>Whether <paramref name="path"/> is <paramref name="folder"/> or inside it, both as real paths.</summary>
    public static bool IsInside(string path, string folder)
    {
        var real = Of(path);
        var root = Path.TrimEndingDirectorySeparator(Of(folder));
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return real.Equals(root, comparison)
            || real.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, comparison);
    }

    private static string[] Parts(string path) =>
        path.Split([Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar], StringSplitOptions.RemoveEmptyEntries);
}
