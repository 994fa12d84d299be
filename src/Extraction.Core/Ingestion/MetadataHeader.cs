namespace Extraction.Ingestion;

/// <summary>
/// A metadata header at the very top of a text: consecutive lines made only of "Key: value" pairs whose keys are from
/// a known set, written capitalised or in capitals, several pairs to a line allowed
/// ("Publication: Eurasia Daily Monitor Volume: 1 Issue: 105", "Title: …", "Date: …"). Known keys only, so a body
/// that opens with "Update: talks resumed" or "Moscow: …" is never taken for a header. A headline line may stand above the
/// header (the title). The text itself is not touched: the header yields metadata and the offset where the body starts.
/// </summary>
public static class MetadataHeader
{
    /// <summary>The fields in header order (lower-case keys, first occurrence wins) and the offset of the body's first non-blank character.</summary>
    public sealed record Result(IReadOnlyList<KeyValuePair<string, string>> Fields, int BodyStart)
    {
        public static readonly Result None = new([], 0);
    }

    private static readonly (string Key, string Name)[] KnownKeys =
    [
        ("Publication", "publication"), ("Source", "source"), ("Volume", "volume"), ("Issue", "issue"),
        ("Section", "section"), ("Date", "date"), ("Author", "author"), ("By", "author"), ("Title", "title"), ("Headline", "title"),
        ("URL", "url"), ("Language", "language"),
    ];

    /// <summary>Each key as written capitalised ("Url"), in capitals ("URL") and as listed.</summary>
    private static readonly Dictionary<string, string> KeyForms = BuildKeyForms();

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> KeyLookup = KeyForms.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, string> BuildKeyForms()
    {
        var forms = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, name) in KnownKeys)
        {
            forms.TryAdd(key, name);
            forms.TryAdd(key.ToUpperInvariant(), name);
            forms.TryAdd(char.ToUpperInvariant(key[0]) + key[1..].ToLowerInvariant(), name);
        }
        return forms;
    }

    /// <summary>A headline above a header is at most this long, and ends in no full stop.</summary>
    private const int MaxTitleLength = 150;

    public static Result Parse(string text)
    {
        var fields = new List<KeyValuePair<string, string>>();
        int headerEnd = HeaderLinesEnd(text, 0, fields);
        if (headerEnd == 0)
        {
            // "Kazakhstan Raises Stakes in Caspian Oil Dispute\n\nPublication: Eurasia Daily Monitor …": a headline line
            // above the header (blank lines between) is the title; the body starts after the header.
            int titleEnd = LineEnd(text, 0);
            var title = text.AsSpan(0, titleEnd).Trim();
            if (title.Length == 0 || title.Length > MaxTitleLength || char.IsWhiteSpace(text[0]) || title[^1] == '.') return Result.None;
            int next = titleEnd;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            while (next > titleEnd && text[next - 1] is not ('\n' or '\r')) next--;  // back to the start of that line
            headerEnd = HeaderLinesEnd(text, next, fields);
            if (headerEnd == next) return Result.None;
            if (!fields.Exists(f => f.Key == "title")) fields.Insert(0, new("title", title.ToString()));
        }
        if (headerEnd == 0) return Result.None;
        while (headerEnd < text.Length && char.IsWhiteSpace(text[headerEnd])) headerEnd++;
        return new Result(NormalizeDate(fields), headerEnd);
    }

    /// <summary>Adds the pairs of the header lines from <paramref name="position"/> on; where they end (<paramref name="position"/> when none is one).</summary>
    private static int HeaderLinesEnd(string text, int position, List<KeyValuePair<string, string>> fields)
    {
        int headerEnd = position;
        while (position < text.Length)
        {
            int lineEnd = LineEnd(text, position);
            if (!TryParseLine(text.AsSpan(position, lineEnd - position), fields)) break;
            position = lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n'
                ? lineEnd + 2
                : Math.Min(lineEnd + 1, text.Length);
            headerEnd = position;
        }
        return headerEnd;
    }

    private static int LineEnd(string text, int position)
    {
        int lineEnd = text.AsSpan(position).IndexOfAny('\r', '\n');
        return lineEnd < 0 ? text.Length : position + lineEnd;
    }

    /// <summary>Adds the pairs of a header line; false, adding nothing, when the line is not one.</summary>
    private static bool TryParseLine(ReadOnlySpan<char> line, List<KeyValuePair<string, string>> fields)
    {
        if (KeyAt(line, 0) is not { } current) return false;
        while (true)
        {
            // The value runs to the next known key that follows whitespace, or to the line's end.
            int valueEnd = line.Length;
            (string Name, int ValueStart)? next = null;
            for (int i = current.ValueStart + 1; i < line.Length && next is null; i++)
                if (char.IsWhiteSpace(line[i - 1]) && KeyAt(line, i) is { } found) (valueEnd, next) = (i, found);
            string value = line[current.ValueStart..valueEnd].Trim().ToString();
            if (value.Length > 0 && !fields.Exists(f => f.Key == current.Name)) fields.Add(new(current.Name, value));
            if (next is not { } following) return true;
            current = following;
        }
    }

    /// <summary>The metadata name of a known key at <paramref name="start"/> followed by ':' and whitespace or the line's end.</summary>
    private static (string Name, int ValueStart)? KeyAt(ReadOnlySpan<char> line, int start)
    {
        int end = start;
        while (end < line.Length && char.IsAsciiLetter(line[end])) end++;
        if (end == start || end >= line.Length || line[end] != ':') return null;
        if (end + 1 < line.Length && !char.IsWhiteSpace(line[end + 1])) return null;
        return KeyLookup.TryGetValue(line[start..end], out var name) ? (name, end + 1) : null;
    }

    /// <summary>A parseable date becomes ISO 8601 under "date", the header's own wording kept under "date_text".</summary>
    private static List<KeyValuePair<string, string>> NormalizeDate(List<KeyValuePair<string, string>> fields)
    {
        int index = fields.FindIndex(f => f.Key == "date");
        if (index < 0 || !HeaderDate.TryNormalize(fields[index].Value, out string? iso) || iso == fields[index].Value) return fields;
        string raw = fields[index].Value;
        fields[index] = new("date", iso);
        fields.Insert(index + 1, new("date_text", raw));
        return fields;
    }
}
