using Extraction.Entities;
using Extraction.Model;
using Extraction.Segmentation;

namespace Extraction.Tests.Entities;

public class PhraseMatcherTests
{
    private static (string Text, List<Token> Tokens) Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        return (text, tokens);
    }

    private static PhraseMatcher Matcher(params string[] names)
    {
        var m = new PhraseMatcher();
        for (int i = 0; i < names.Length; i++) m.Add(TextKey.Of(names[i]), i);
        return m;
    }

    private static string? Longest(PhraseMatcher m, string text, int firstToken = 0)
    {
        var (t, tokens) = Tokens(text);
        int end = m.MatchLongest(t, tokens, firstToken, tokens.Count, out _);
        return end == 0 ? null : t[tokens[firstToken].Start..tokens[end - 1].End];
    }

    [Fact]
    public void Longest_name_wins()
    {
        var m = Matcher("New York", "New York City", "York");
        Assert.Equal("New York City", Longest(m, "New York City is big"));
        Assert.Equal("New York", Longest(m, "New York is big"));
        Assert.Equal("York", Longest(m, "New York", firstToken: 1));
    }

    [Fact]
    public void Matching_ignores_case_and_typographic_apostrophes()
    {
        var m = Matcher("Cote d'Ivoire");
        Assert.Equal("COTE D’IVOIRE", Longest(m, "COTE D’IVOIRE said"));
    }

    [Fact]
    public void Possessive_is_left_out_and_abbreviations_match_however_tokenized()
    {
        var m = Matcher("Russia", "U.S.");
        Assert.Equal("Russia", Longest(m, "Russia’s role"));
        Assert.Equal("U.S.", Longest(m, "U.S. aid"));
    }

    [Fact]
    public void Names_do_not_span_line_breaks_or_punctuation()
    {
        var m = Matcher("New York");
        Assert.Null(Longest(m, "New\n\nYork"));
        Assert.Null(Longest(m, "New, York"));
    }

    [Fact]
    public void First_value_of_a_duplicate_key_is_kept()
    {
        var m = new PhraseMatcher();
        Assert.True(m.Add("russia", 1));
        Assert.False(m.Add("russia", 2));
        Assert.True(m.TryGet("russia", out int v));
        Assert.Equal(1, v);
        Assert.Equal(1, m.MatchPiece("RUSSIA"));
        Assert.Equal(-1, m.MatchPiece("Prussia"));
    }

    /// <summary>A whole name given as text: every piece, any case; a prefix of a longer name or a piece alone is no match.</summary>
    [Fact]
    public void A_phrase_matches_only_a_whole_name()
    {
        var m = Matcher("New York", "York", "South Korea");
        Assert.Equal(0, m.MatchPhrase("new YORK"));
        Assert.Equal(1, m.MatchPhrase("York"));
        Assert.Equal(-1, m.MatchPhrase("South"));
        Assert.Equal(-1, m.MatchPhrase("New York City"));
        Assert.Equal(-1, m.MatchPhrase(""));
        Assert.Equal(-1, m.MatchPiece("New York"));  // a piece is one word
    }
}
