using System.Text;
using Extraction.Pipeline;

namespace Extraction.Ingestion;

/// <summary>A byte-order mark: the encoding it announces, its metadata name (null for UTF-8, the default) and its length.</summary>
internal sealed record ByteOrderMark(Encoding Encoding, string Name, string? MetadataName, byte[] Bytes)
{
    public int Length => Bytes.Length;
}

/// <summary>The text of a file, or why it cannot be decoded.</summary>
internal readonly record struct DecodedText(string? Text, string? EncodingName, string? RejectCode, string? Reason)
{
    public static DecodedText Ok(string text, string? encodingName) => new(text, encodingName, null, null);
    public static DecodedText Fail(string code, string reason) => new(null, null, code, reason);
}

/// <summary>
/// Decodes the bytes of a text input. A byte-order mark decides the encoding (UTF-8, UTF-16, UTF-32) and is not part of
/// the text, so offsets and text_sha256 do not depend on it. Without one, valid UTF-8 is UTF-8; otherwise valid
/// Windows-1252 (common in older archives) is decoded as such and named in metadata["encoding"]; NUL bytes mean binary.
/// </summary>
internal static class TextDecoding
{
    public const string Windows1252Name = "windows-1252";

    /// <summary>Strict: an invalid byte throws rather than becoming U+FFFD, so nothing is altered silently.</summary>
    public static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Encoding Windows1252 { get; } = CreateWindows1252();

    private static Encoding CreateWindows1252()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    private static readonly ByteOrderMark[] Marks =
    [
        new(Utf8Strict, "utf-8", null, [0xEF, 0xBB, 0xBF]),
        // UTF-32LE before UTF-16LE: its mark starts with the UTF-16LE one.
        new(new UTF32Encoding(bigEndian: false, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32le", "utf-32le", [0xFF, 0xFE, 0x00, 0x00]),
        new(new UTF32Encoding(bigEndian: true, byteOrderMark: false, throwOnInvalidCharacters: true), "utf-32be", "utf-32be", [0x00, 0x00, 0xFE, 0xFF]),
        new(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16le", "utf-16le", [0xFF, 0xFE]),
        new(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), "utf-16be", "utf-16be", [0xFE, 0xFF]),
    ];

    public static ByteOrderMark? DetectBom(ReadOnlySpan<byte> head)
    {
        foreach (var mark in Marks)
            if (head.StartsWith(mark.Bytes)) return mark;
        return null;
    }

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (DetectBom(bytes) is { } bom)
        {
            try
            {
                return DecodedText.Ok(bom.Encoding.GetString(bytes[bom.Length..]), bom.MetadataName);
            }
            catch (DecoderFallbackException)
            {
                return DecodedText.Fail(ErrorCodes.InputEncoding, $"invalid {bom.Name} after its byte-order mark");
            }
        }
        var sniffer = new EncodingSniffer();
        sniffer.Feed(bytes);
        return sniffer.Finish() switch
        {
            SniffedEncoding.Utf8 => DecodedText.Ok(Utf8Strict.GetString(bytes), null),
            SniffedEncoding.Windows1252 => DecodedText.Ok(Windows1252.GetString(bytes), Windows1252Name),
            SniffedEncoding.Binary => DecodedText.Fail(ErrorCodes.InputBinary, EncodingSniffer.BinaryReason),
            _ => DecodedText.Fail(ErrorCodes.InputEncoding, EncodingSniffer.UndecodableReason),
        };
    }
}
