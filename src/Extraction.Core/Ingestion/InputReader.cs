using Extraction.Model;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>
/// Expands the command-line inputs (files and directories, recursively, sorted ordinally so runs are deterministic)
/// and yields one <see cref="IngestResult"/> per document, lazily, so an archive is never held in memory.
/// </summary>
public sealed class InputReader
{
    public IEnumerable<IngestResult> Read(IEnumerable<string> inputs)
    {
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                foreach (var file in Directory.EnumerateFiles(input, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                    foreach (var result in ReadFile(file)) yield return result;
            }
            else
            {
                foreach (var result in ReadFile(input)) yield return result;
            }
        }
    }

    public IEnumerable<IngestResult> ReadFile(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [IngestResult.Rejected(new RejectRecord(path, null, null, ErrorCodes.InputUnreadable, ex.Message))];
        }
        return [IngestResult.Ok(new Document(Path.GetFileNameWithoutExtension(path), text, new DocumentSource(path)))];
    }
}
