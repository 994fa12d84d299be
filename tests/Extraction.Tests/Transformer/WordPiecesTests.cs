using Extraction.Entities.Transformer;
using Extraction.Model;
using Extraction.Segmentation;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Transformer;

/// <summary>Wordpieces are mapped back to our tokens exactly, and long runs are split into windows that cover every piece.</summary>
public class WordPiecesTests
{
    private static readonly Microsoft.ML.Tokenizers.BertTokenizer Bert = ContextEncoder.Shared(1).Tokenizer;

    private static readonly string[] Words =
    [
        "Putin", "Akayev", "U.S.", "don't", "O'Brien", "Itar-Tass", "3,000", "10.5", "Zürich", "café", "naïve", "Ελλάδα",
        "Москва", "CACO", "(", ")", ".", ",", "--", "\"", "$", "%", "e.g.", "antidisestablishmentarianism", "x", "7",
        "São", "Paulo's", "Øresund", "the", "and",
    ];

    private static readonly Arbitrary<string> Texts =
        Gen.Elements(Words).ArrayOf().Select(words => string.Join(" ", words)).ToArbitrary();

    private static (List<Token> Tokens, WordPieces Pieces) Pieces(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, 0, text.Length, tokens);
        var pieces = new WordPieces();
        pieces.Add(Bert, text, tokens.ToArray(), 0);
        return (tokens, pieces);
    }

    [Property(MaxTest = 200)]
    public Property Every_token_gets_its_own_contiguous_wordpieces_and_they_spell_its_text() =>
        Prop.ForAll(Texts, text =>
        {
            var (tokens, pieces) = Pieces(text);
            Assert.Equal(pieces.Ids.Count, pieces.TokenOf.Count);
            // Pieces in token order, every token at least one.
            Assert.Equal(Enumerable.Range(0, tokens.Count), pieces.TokenOf.Distinct());
            for (int p = 1; p < pieces.TokenOf.Count; p++) Assert.True(pieces.TokenOf[p] >= pieces.TokenOf[p - 1]);
            // A token's pieces spell exactly its own text (lower-cased, accents stripped): nothing of a neighbour.
            for (int t = 0; t < tokens.Count; t++)
            {
                var ids = pieces.Ids.Where((_, p) => pieces.TokenOf[p] == t).ToList();
                if (ids.Contains(Bert.UnknownTokenId)) continue;
                string spelled = Bert.Decode(ids).Replace(" ", "");
                Assert.Equal(Normalized(text.Substring(tokens[t].Start, tokens[t].Length)), spelled);
            }
        });

    private static string Normalized(string word) => AccentFolding.Fold(word, new char[word.Length]).ToString().ToLowerInvariant();

    [Fact]
    public void Accented_letters_are_read_as_their_base_letters()
    {
        var (_, pieces) = Pieces("café Zürich Δελφοί");
        var (_, bare) = Pieces("cafe zurich δελφοι");
        Assert.Equal(bare.Ids, pieces.Ids);
        Assert.Equal([7668, 10204], pieces.Ids.Take(2));
    }

    [Property(MaxTest = 300)]
    public Property Any_text_gives_every_token_a_wordpiece() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 0xFFFF).Select(i => (char)i).ArrayOf().Select(cs => new string(cs))), text =>
        {
            var (tokens, pieces) = Pieces(text);
            Assert.Equal(tokens.Count, pieces.TokenOf.Distinct().Count());
        });

    [Property(MaxTest = 300)]
    public Property Windows_fit_and_every_piece_is_read_from_a_window_holding_it() =>
        Prop.ForAll(Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(1, 600)), Arb.From(Gen.Choose(2, 200)), (first, count, size) =>
        {
            var windows = WordPieces.Windows(first, count, size);
            foreach (var (start, length) in windows)
            {
                Assert.InRange(length, 1, size);
                Assert.True(start >= first && start + length <= first + count);
            }
            for (int p = first; p < first + count; p++)
            {
                int w = WordPieces.Owner(windows, p);
                Assert.True(w >= 0);
                Assert.InRange(p, windows[w].Start, windows[w].Start + windows[w].Length - 1);
            }
        });

    [Fact]
    public void A_piece_in_an_overlap_is_read_from_the_window_where_it_has_more_context()
    {
        var windows = WordPieces.Windows(0, 200, 126);
        Assert.Equal([(0, 126), (63, 126), (74, 126)], windows);
        Assert.Equal(0, WordPieces.Owner(windows, 10));
        Assert.Equal(1, WordPieces.Owner(windows, 100));
        Assert.Equal(2, WordPieces.Owner(windows, 199));
    }
}
