using System.Collections.Frozen;

namespace Extraction.Segmentation;

/// <summary>
/// The word lists segmentation needs: abbreviations that keep their full stop ("Gen.", "Oct.", "etc.")
/// and the capitalised words that usually open a sentence, which decide whether a full stop after an
/// abbreviation also ends the sentence ("… in the U.S. The talks …"). Looked up by span, without allocating.
/// Acronyms ("U.S.", "e.g.") and initials ("J.") are recognised by shape and need no entry.
/// </summary>
public sealed class Abbreviations
{
    // Case-sensitive on purpose: "No." before a number is an abbreviation, "no." at the end of a sentence is not.
    private static readonly string[] DefaultAbbreviations =
    [
        // Titles and ranks.
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sr", "Jr", "St", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr", "Cdr",
        "Adm", "Brig", "Sgt", "Cpl", "Pvt", "Gov", "Sen", "Rep", "Rev", "Hon", "Pres", "Supt", "Amb", "Atty", "Insp", "Fr",
        "Msgr", "Lieut", "Comdr", "Esq", "Ph", "Sens", "Reps", "Govs", "Gens",
        // Months and days (not "May", "March", "June", "July", which are whole words).
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat",
        // Companies and places.
        "Inc", "Corp", "Co", "Ltd", "Bros", "Plc", "Mt", "Ft", "Ave", "Blvd", "Rd", "Dept", "Univ", "Assn", "Natl", "Intl",
        "Calif", "Conn", "Ariz", "Colo", "Fla", "Mich", "Minn", "Tenn", "Penn",
        // Latin and units.
        "etc", "vs", "al", "cf", "approx", "est", "viz", "pct",
    ];

    // Abbreviations only before a number ("No. 5", "Art. 12"); elsewhere they are words ("The answer was No.").
    private static readonly string[] NumberAbbreviations =
        ["No", "Nos", "Vol", "vol", "Art", "art", "Fig", "fig", "pp", "Sec", "Sect", "Ch", "Para", "Nr"];

    private static readonly string[] DefaultStarters =
    [
        "A", "An", "The", "This", "That", "These", "Those", "There", "Here", "It", "Its", "He", "She", "His", "Her",
        "They", "Their", "We", "Our", "I", "You", "Your", "My", "But", "And", "Or", "So", "Yet", "However",
        "Meanwhile", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Still", "Also", "Then", "Now", "Thus",
        "Therefore", "Instead", "Indeed", "In", "On", "At", "For", "From", "With", "By", "To", "Of", "After", "Before",
        "During", "Since", "While", "When", "Where", "Why", "How", "What", "Which", "Who", "If", "Although", "Though",
        "As", "Despite", "Even", "Such", "Some", "Many", "Most", "Both", "All", "Each", "Every", "No", "One", "Another",
        "Other", "Last", "Next", "Earlier", "Later", "According", "Officials", "Yesterday", "Today",
    ];

    // Value: whether the abbreviation needs a number after it.
    private readonly FrozenDictionary<string, bool>.AlternateLookup<ReadOnlySpan<char>> _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _starters;

    public static Abbreviations Default { get; } = new([], []);

    /// <param name="extraAbbreviations">Added to the defaults (usable anywhere); a trailing full stop is ignored ("Gen." = "Gen").</param>
    /// <param name="extraStarters">Capitalised sentence openers added to the defaults.</param>
    public Abbreviations(IEnumerable<string> extraAbbreviations, IEnumerable<string> extraStarters)
    {
        var abbreviations = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var a in NumberAbbreviations) abbreviations[a] = true;
        foreach (var a in DefaultAbbreviations) abbreviations[a] = false;
        foreach (var a in extraAbbreviations) abbreviations[a.TrimEnd('.')] = false;
        var starters = new HashSet<string>(DefaultStarters, StringComparer.Ordinal);
        starters.UnionWith(extraStarters);
        _abbreviations = abbreviations.ToFrozenDictionary(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _starters = starters.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether <paramref name="word"/> (without its full stop) is a known abbreviation there.</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word, bool numberFollows) =>
        _abbreviations.TryGetValue(word, out bool needsNumber) && (numberFollows || !needsNumber);

    /// <summary>Whether <paramref name="word"/> is a capitalised word that usually opens a sentence.</summary>
    public bool IsSentenceStarter(ReadOnlySpan<char> word) => _starters.Contains(word);

    /// <summary>
    /// An entry of a settings list is valid when it is a word of letters, optionally with a final full stop.
    /// Dotted forms ("Ph.D.") are not entries: the tokenizer reads them as "Ph." + initial "D.".
    /// </summary>
    public static bool IsValidEntry(string entry)
    {
        var word = entry.AsSpan().TrimEnd('.');
        if (word.IsEmpty || entry.Length - word.Length > 1) return false;
        foreach (char c in word)
            if (!char.IsLetter(c)) return false;
        return true;
    }
}
