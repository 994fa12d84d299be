using System.Buffers;

namespace Extraction.Sinks;

/// <summary>
/// An output file that only ever receives whole records. Records accumulate in <see cref="Buffer"/> and reach the
/// file in single unbuffered write calls at record boundaries, so a process killed at any moment leaves complete
/// lines behind, never a torn last record.
/// </summary>
internal sealed class RecordFile : IDisposable
{
    private const int FlushThreshold = 1 << 16;
    private readonly FileStream _file;
    private readonly ArrayBufferWriter<byte> _pending = new(FlushThreshold * 2);

    public RecordFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        // bufferSize 0: no FileStream buffer that could flush half a record.
        _file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, bufferSize: 0);
    }

    /// <summary>Where the next record is written; call <see cref="EndRecord"/> once it is complete.</summary>
    public IBufferWriter<byte> Buffer => _pending;

    public void EndRecord()
    {
        if (_pending.WrittenCount >= FlushThreshold) Flush();
    }

    public void Flush()
    {
        if (_pending.WrittenCount == 0) return;
        _file.Write(_pending.WrittenSpan);
        _pending.ResetWrittenCount();
    }

    public void FlushToDisk()
    {
        Flush();
        _file.Flush(flushToDisk: true);
    }

    public void Dispose()
    {
        Flush();
        _file.Dispose();
    }
}
