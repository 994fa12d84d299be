namespace Extraction.Ingestion;

/// <summary>
/// Reads a stream line by line as bytes, buffering at most <c>maxLineBytes</c> of a line: the rest of a longer line is
/// skipped as it streams past and the line is reported as too long, so one 50 MB line cannot exhaust memory.
/// Lines end at '\n'; a '\r' before it is dropped.
/// </summary>
internal sealed class BoundedLineReader(Stream stream, int maxLineBytes)
{
    private readonly byte[] _chunk = new byte[1 << 16];
    private int _position, _length;
    private byte[] _line = new byte[4096];
    private int _lineLength;

    /// <summary>1-based number of the current line.</summary>
    public long LineNumber { get; private set; }

    /// <summary>Whether the current line was longer than the limit; <see cref="Current"/> is then empty.</summary>
    public bool TooLong { get; private set; }

    /// <summary>The bytes of the current line; valid until the next <see cref="Next"/>.</summary>
    public ReadOnlyMemory<byte> Current => _line.AsMemory(0, _lineLength);

    public bool Next()
    {
        _lineLength = 0;
        TooLong = false;
        bool any = false;
        while (true)
        {
            if (_position == _length)
            {
                _length = stream.Read(_chunk);
                _position = 0;
                if (_length == 0) break;
            }
            any = true;
            var rest = _chunk.AsSpan(_position, _length - _position);
            int newline = rest.IndexOf((byte)'\n');
            Append(newline < 0 ? rest : rest[..newline]);
            _position += newline < 0 ? rest.Length : newline + 1;
            if (newline >= 0) break;
        }
        if (!any) return false;
        LineNumber++;
        if (_lineLength > 0 && _line[_lineLength - 1] == (byte)'\r') _lineLength--;
        return true;
    }

    private void Append(ReadOnlySpan<byte> bytes)
    {
        if (TooLong) return;
        if ((long)_lineLength + bytes.Length > maxLineBytes)
        {
            TooLong = true;
            _lineLength = 0;
            return;
        }
        if (_lineLength + bytes.Length > _line.Length)
            Array.Resize(ref _line, (int)Math.Min(maxLineBytes, Math.Max(2L * _line.Length, _lineLength + bytes.Length)));
        bytes.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += bytes.Length;
    }
}
