using Extraction.Model;

namespace Extraction.Entities.Rules;

/// <summary>
/// Acronym definitions "Long Name (ACR)": the long name (an entity already found, or the capitalised words whose
/// initials spell the acronym, as ORG) and the acronym get the same label and canonical name; every other mention of
/// the acronym in the document is tagged the same ("201st MRD" keeps a leading ordinal of the long name).
/// The alias stage ties each definition with a SAME_AS relation.
/// </summary>
public static class AcronymRules
{
    /// <summary>The rule name in the source of a long name found by its acronym (the ner stage lets it stand over the model's spans inside it).</summary>
    public const string LongNameRule = "acronym_long";

    public static void Apply(RuleContext c)
    {
        var defined = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var definedLookup = defined.GetAlternateLookup<ReadOnlySpan<char>>();
        var definitionTokens = new HashSet<int>();
        var tokens = c.Tokens;
        for (int i = Math.Max(c.FirstBodyToken, 1); i + 2 < tokens.Count; i++)
        {
            int at = DefinedAcronymAt(c, i);
            if (at < 0) continue;
            bool translated = IsAcronymOfAnotherLanguage(c.Word(at));
            if (!translated && !IsAcronym(c.Word(at))) continue;
            string acronym = c.Word(at).ToString();
            var longName = FindLongName(c, i, acronym) ?? (translated ? TranslatedLongName(c, i) : null);
            if (longName is null) continue;
            Replace(c, at, at + 1, longName, "acronym");
            defined.TryAdd(acronym, longName);
            definitionTokens.Add(at);
        }
        if (defined.Count == 0) return;
        for (int t = c.FirstBodyToken; t < tokens.Count; t++)
        {
            if (definitionTokens.Contains(t) || tokens[t].Kind != TokenKind.Word || !definedLookup.TryGetValue(c.Word(t), out var longName)) continue;
            int first = t;
            var longFirst = c.Document.SpanOf(longName.Start, longName.End).ToString().Split(' ')[0];
            if (t > c.FirstBodyToken && c.SpaceBetween(t - 1) && c.Word(t - 1).SequenceEqual(longFirst) && char.IsDigit(longFirst[0])) first = t - 1;
            Replace(c, first, t + 1, longName, "acronym_mention");
        }
    }

    /// <summary>
    /// The token of the word a definition opening at <paramref name="open"/>, right after the long name, gives the name:
    /// "(JNIM)", ", known as JNIM", "(also known as JNIM)"; or -1.
    /// </summary>
    private static int DefinedAcronymAt(RuleContext c, int open)
    {
        if (c.Word(open) is "(" && c.Word(open + 2) is ")") return open + 1;
        if (c.Word(open) is not ("," or "(")) return -1;
        int k = open + 1;
        if (c.Word(k) is "also") k++;
        return k + 2 < c.Tokens.Count && c.Word(k) is "known" && c.Word(k + 1) is "as" ? k + 2 : -1;
    }

    /// <summary>2–8 characters, starting with a capital, every letter a capital, at least two letters ("CSTO", "G8", "AT&T").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 8 || !char.IsUpper(word[0])) return false;
        int letters = 0;
        foreach (char ch in word)
        {
            if (char.IsLetter(ch)) { if (!char.IsUpper(ch)) return false; letters++; }
            else if (!char.IsDigit(ch) && ch is not ('&' or '-')) return false;
        }
        return letters >= 2;
    }

    /// <summary>
    /// "AfD", "PiS", "FPÖ": an acronym of a name in its own language, written with a lower-case letter or a letter
    /// English lacks (2–6 letters, two capitals or more), whose initials an English rendering need not share.
    /// </summary>
    public static bool IsAcronymOfAnotherLanguage(ReadOnlySpan<char> word)
    {
        if (word.Length is < 2 or > 6 || !char.IsUpper(word[0])) return false;
        int capitals = 0;
        bool foreign = false;
        foreach (char ch in word)
        {
            if (!char.IsLetter(ch)) return false;
            if (char.IsUpper(ch)) capitals++;
            foreign |= char.IsLower(ch) || ch > '\u007f';
        }
        return foreign && capitals >= 2 && char.IsUpper(word[^1]);
    }

    /// <summary>"the far-right Alternative for Germany (AfD)": the run of two or more capitalised words (connectors inside)
    /// right before the parenthesis, as an organisation, where the acronym is another language's.</summary>
    private static Entity? TranslatedLongName(RuleContext c, int open)
    {
        int start = open;
        while (start - 1 >= c.FirstBodyToken && open - start < 6 && (c.IsCapitalized(start - 1) || start < open && EntityText.IsConnector(c.Word(start - 1)))
               && (start == open || c.SpaceBetween(start - 1))) start--;
        while (start < open && !c.IsCapitalized(start)) start++;
        if (start < open && EntityText.IsDeterminer(c.Word(start))) start++;
        if (open - start < 2 || EntityText.Overlaps(c.Document, c.Tokens[start].Start, c.Tokens[open - 1].End)
            && !c.Document.Entities.Exists(e => e.Start >= c.Tokens[start].Start && e.End <= c.Tokens[open - 1].End && e.Label == EntityLabels.Loc)) return null;
        return c.Add(start, open, EntityLabels.Org, 0.8, LongNameRule);
    }

    /// <summary>Whether the capitals of <paramref name="acronym"/> are the initials of the name's capitalised words (or of all its
    /// words), or (first letter equal) a subsequence of its capitals.</summary>
    public static bool Abbreviates(string name, string acronym)
    {
        var letters = string.Concat(acronym.Where(char.IsLetter));
        var (initials, allInitials) = InitialsOf(name);
        if (initials.Length == 0 || letters.Length == 0) return false;
        if (initials == letters || allInitials == letters) return true;
        if (initials[0] != letters[0]) return false;
        string capitals = string.Concat(name.Where(char.IsUpper));
        int k = 0;
        foreach (char ch in capitals) if (k < letters.Length && ch == letters[k]) k++;
        return k == letters.Length && letters.Length >= Math.Min(2, initials.Length);
    }

    /// <summary>
    /// The initials of a name's capitalised words ("CSTO" of "Collective Security Treaty Organization"), and of all its
    /// words, upper-cased ("ECOWAS" of "Economic Community of West African States"); words split at spaces and hyphens.
    /// </summary>
    public static (string Capitalised, string All) InitialsOf(string name)
    {
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return (string.Concat(words.Where(w => char.IsUpper(w[0])).Select(w => w[0])), string.Concat(words.Select(w => char.ToUpperInvariant(w[0]))));
    }

    private static Entity? FindLongName(RuleContext c, int open, string acronym)
    {
        int before = c.Tokens[open - 1].End;
        Entity? best = null;
        foreach (var e in c.Document.Entities)
            if (e.End == before && Abbreviates(e.Text, acronym) && (best is null || e.Text.Length > best.Text.Length)) best = e;
        if (best is not null) return best;
        // No entity yet: the shortest run of capitalised words (with connectors) before "(" whose initials spell the acronym.
        for (int start = open - 1, words = 0; start >= c.FirstBodyToken && words < 10; start--, words++)
        {
            var w = c.Word(start);
            // "Committee to Protect Journalists (CPJ)": the initials decide, so "to" may join the words too.
            // "Jamaat Nusrat al-Islam wal-Muslimin (JNIM)": a word joined to the Arabic article counts by its capital.
            if (!(c.IsCapitalized(start) || EntityText.IsConnector(w) || w is "to" || EntityText.HasArabicArticle(w))) break;
            if (start < open - 1 && !c.SpaceBetween(start)) break;
            // The capitalised words' initials, or every word's ("United Nations Interim Force in Lebanon (UNIFIL)").
            if (c.IsCapitalized(start) && !EntityText.IsDeterminer(w)
                && InitialsOf(c.Document.Slice(c.Tokens[start].Start, c.Tokens[open - 1].End)) is var (capitalised, all)
                && string.Concat(acronym.Where(char.IsLetter)) is var letters && (capitalised == letters || all == letters))
                return c.Add(start, open, EntityLabels.Org, 0.8, LongNameRule);
        }
        return null;
    }

    /// <summary>Tags [first, end) like <paramref name="longName"/>, replacing an entity of exactly that span (the document's own definition wins).</summary>
    private static void Replace(RuleContext c, int first, int end, Entity longName, string rule)
    {
        int start = c.Tokens[first].Start, stop = c.Tokens[end - 1].End;
        c.Document.Entities.RemoveAll(e => e.Start == start && e.End == stop);
        c.Add(first, end, longName.Label, 0.85, rule, longName.Canonical);
    }
}
