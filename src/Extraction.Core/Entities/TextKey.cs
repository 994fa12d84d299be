namespace Extraction.Entities;

/// <summary>
/// The normalized form under which names are stored and looked up: lower-case (invariant), typographic
/// apostrophes and dashes folded to ASCII, runs of whitespace between words as one space.
/// </summary>
public static class TextKey
{
    /// <summary>Longest single piece (whitespace-free chunk) that can be a key; longer text never matches.</summary>
    public const int MaxPieceLength = 64;

    public static char Fold(char c) => c switch
    {
        '\u2019' or '\u2018' or '\u02BC' or '`' => '\'',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' => '-',
        _ => char.ToLowerInvariant(c),
    };

    /// <summary>Writes the folded form of <paramref name="source"/> into <paramref name="destination"/> (same length).</summary>
    public static void Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++) destination[i] = Fold(source[i]);
    }

    /// <summary>The key of a whole name: folded, split on whitespace, pieces joined by one space. Build time only.</summary>
    public static string Of(string name)
    {
        var pieces = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < pieces.Length; i++)
            pieces[i] = string.Create(pieces[i].Length, pieces[i], static (dest, src) => Fold(src, dest));
        return string.Join(' ', pieces);
    }
}
