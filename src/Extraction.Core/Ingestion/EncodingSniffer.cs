using System.Buffers;
using System.Text;

namespace Extraction.Ingestion;

internal enum SniffedEncoding { Utf8, Windows1252, Binary, Undecodable }

/// <summary>
/// Decides, chunk by chunk, how input without a byte-order mark decodes, so a large file can be checked while streaming:
/// any NUL byte means binary (or UTF-16 without a mark); else UTF-8 if every byte sequence is valid UTF-8; else Windows-1252
/// if no byte is one of the five that code page leaves undefined.
/// </summary>
internal sealed class EncodingSniffer
{
    public const string BinaryReason = "binary content: NUL bytes (or UTF-16 without a byte-order mark)";
    public const string UndecodableReason = "neither valid UTF-8 nor valid Windows-1252";

    private static readonly SearchValues<byte> Undefined1252 = SearchValues.Create([0x81, 0x8D, 0x8F, 0x90, 0x9D]);

    private readonly Decoder _utf8 = TextDecoding.Utf8Strict.GetDecoder();
    private readonly char[] _scratch = new char[8192];
    private bool _nul;
    private bool _utf8Valid = true;
    private bool _windows1252Valid = true;

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        if (!_nul && bytes.Contains((byte)0)) _nul = true;
        if (_windows1252Valid && bytes.ContainsAny(Undefined1252)) _windows1252Valid = false;
        if (_utf8Valid) CheckUtf8(bytes, flush: false);
    }

    public SniffedEncoding Finish()
    {
        if (_utf8Valid) CheckUtf8([], flush: true);
        return _nul ? SniffedEncoding.Binary
            : _utf8Valid ? SniffedEncoding.Utf8
            : _windows1252Valid ? SniffedEncoding.Windows1252
            : SniffedEncoding.Undecodable;
    }

    /// <summary>Decodes into a scratch buffer; the decoder keeps a sequence split across chunks, and throws on an invalid one.</summary>
    private void CheckUtf8(ReadOnlySpan<byte> bytes, bool flush)
    {
        try
        {
            do
            {
                _utf8.Convert(bytes, _scratch, flush, out int used, out _, out _);
                bytes = bytes[used..];
            } while (!bytes.IsEmpty);
        }
        catch (DecoderFallbackException)
        {
            _utf8Valid = false;
        }
    }

    /// <summary>Sniffs a whole stream from its current position, in chunks.</summary>
    public static SniffedEncoding Sniff(Stream stream)
    {
        var sniffer = new EncodingSniffer();
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
        try
        {
            int n;
            while ((n = stream.Read(buffer)) > 0) sniffer.Feed(buffer.AsSpan(0, n));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return sniffer.Finish();
    }
}
