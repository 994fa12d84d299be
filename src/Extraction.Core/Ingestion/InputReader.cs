using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>
/// Expands the command-line inputs and yields one <see cref="IngestResult"/> per document, lazily, so an archive is never
/// held in memory. Directories are walked recursively, each one's entries in ordinal name order, so runs are deterministic
/// (hidden files included: nothing is skipped silently). The format comes from the extension (<see cref="Readers"/>);
/// anything a reader cannot read becomes a reject and the run goes on. Document ids must be unique in a run: a later
/// document with an id already seen is rejected (E110) rather than renamed, so ids stay predictable keys.
/// Directory walks pass over the <paramref name="excluded"/> paths: the run's output folder, which would otherwise be
/// read back while it is written ("extraction run . --out out").
/// </summary>
public sealed class InputReader(IngestionOptions? options = null, IEnumerable<string>? excluded = null)
{
    private readonly IngestionOptions _options = options ?? new IngestionOptions();
    private readonly HashSet<string> _excluded = new((excluded ?? []).Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))), StringComparer.Ordinal);

    /// <summary>In order of preference; the text reader takes whatever the others do not.</summary>
    public static IReadOnlyList<IDocumentReader> Readers { get; } = [new JsonlReader(), new CsvFileReader(), new TextFileReader()];

    /// <summary>Formats that are not text and that no reader supports: rejected (E109) without being read.</summary>
    private static readonly HashSet<string> UnsupportedExtensions = new(StringComparer.Ordinal)
    {
        ".json", ".zip", ".gz", ".tgz", ".bz2", ".xz", ".zst", ".7z", ".rar", ".tar", ".pdf", ".doc", ".docx", ".odt", ".rtf",
        ".xls", ".xlsx", ".ppt", ".pptx", ".epub", ".parquet", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".mp3", ".mp4",
    };

    public IEnumerable<IngestResult> Read(IEnumerable<string> inputs)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            var results = Directory.Exists(input) ? ReadDirectory(input, new HashSet<string>(StringComparer.Ordinal)) : ReadFile(input);
            foreach (var result in results)
            {
                if (result.Document is { } document && !ids.Add(document.Id))
                    yield return DocumentFactory.Reject(document.Source, document.Id, ErrorCodes.InputDuplicateId,
                        $"duplicate document id \"{document.Id}\": an earlier document of this run has it");
                else
                    yield return result;
            }
        }
    }

    /// <summary>The documents of one file, by the reader its extension selects; I/O failures become a reject (E108).</summary>
    public IEnumerable<IngestResult> ReadFile(string path)
    {
        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (UnsupportedExtensions.Contains(extension))
            return [DocumentFactory.Reject(new DocumentSource(path), null, ErrorCodes.InputUnsupported,
                $"unsupported input format {extension}: inputs are text files, .jsonl and .csv")];
        if (HasNoBytes(path))
            return [DocumentFactory.Reject(new DocumentSource(path), null, ErrorCodes.InputEmpty, "empty file (0 bytes)")];
        var reader = Readers.First(r => r.Handles(extension));
        return CatchIoFailures(path, reader.Read(path, _options));
    }

    /// <summary>
    /// Zero bytes, following links: an empty file, or one that is not a regular file (a FIFO, a device), which would block
    /// or never end if opened, so it is rejected without being opened.
    /// </summary>
    private static bool HasNoBytes(string path)
    {
        try
        {
            FileSystemInfo info = new FileInfo(path);
            if (info.LinkTarget is not null) info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
            return info is FileInfo { Exists: true, Length: 0 };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false; // the reader's own open reports it
        }
    }

    /// <summary>
    /// Entries in ordinal name order, subdirectories walked where they sort. A symbolic link that leads back to a directory
    /// being walked would loop forever: it becomes a reject.
    /// </summary>
    private IEnumerable<IngestResult> ReadDirectory(string directory, HashSet<string> walking)
    {
        string real = RealPath(directory);
        if (!walking.Add(real))
        {
            yield return DocumentFactory.Reject(new DocumentSource(directory), null, ErrorCodes.InputUnreadable,
                $"symbolic link cycle: {directory} leads back to {real}");
            yield break;
        }
        var (entries, failure) = List(directory);
        if (failure is not null) yield return failure.Value;
        foreach (var entry in entries)
        {
            string path = Path.Combine(directory, entry.Name);
            if (_excluded.Contains(Path.GetFullPath(path))) continue;
            var results = entry is DirectoryInfo ? ReadDirectory(path, walking) : ReadFile(path);
            foreach (var result in results) yield return result;
        }
        walking.Remove(real);
    }

    private static (FileSystemInfo[] Entries, IngestResult? Failure) List(string directory)
    {
        try
        {
            var entries = new DirectoryInfo(directory).GetFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = false });
            Array.Sort(entries, (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return (entries, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ([], DocumentFactory.Reject(new DocumentSource(directory), null, ErrorCodes.InputUnreadable, $"cannot list directory: {ex.Message}"));
        }
    }

    private static string RealPath(string directory)
    {
        var info = new DirectoryInfo(directory);
        return (info.LinkTarget is not null ? info.ResolveLinkTarget(returnFinalTarget: true)?.FullName : null) ?? info.FullName;
    }

    /// <summary>
    /// Runs a reader, turning an I/O failure (unreadable, vanished, a dangling link) into a reject for the file; what the
    /// reader yielded before the failure stands.
    /// </summary>
    private static IEnumerable<IngestResult> CatchIoFailures(string path, IEnumerable<IngestResult> results)
    {
        using var enumerator = results.GetEnumerator();
        while (true)
        {
            IngestResult current;
            bool failed = false;
            try
            {
                if (!enumerator.MoveNext()) break;
                current = enumerator.Current;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                current = DocumentFactory.Reject(new DocumentSource(path), null, ErrorCodes.InputUnreadable, $"cannot read: {ex.Message}");
                failed = true;
            }
            yield return current;
            if (failed) break;
        }
    }
}
