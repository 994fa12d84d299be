using Extraction.Model;
using Extraction.Segmentation;
using Extraction.Tests.Support;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Extraction.Tests.Segmentation;

public class SegmentationPropertyTests
{
    // Pieces that exercise the tokenizer's special cases, mixed with arbitrary UTF-16 units and code points.
    private static readonly string[] Pieces =
    [
        " ", "  ", "\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\t", "\u00A0", "\u0085", "\u2028", "\u2029", "\f",
        ".", "...", "?", "!", "\u2026", ",", ";", ":", "-", "\u2014", "\u2013", "\"", "'", "\u2019", "\u201C", "\u201D", "(", ")", "$", "%", "@", "/",
        "U.S.", "e.g.", "Gen.", "Mr.", "No.", "etc.", "J.", "The", "the", "Russia", "\u2019s", "'s", "n't", "don't", "O'Brien",
        "10.5", "3,000", "10:30", "201st", "Itar-Tass", "Rubezh-2004", "http://x.org/a_(b)", "www.ab.cd", "a.b@c.de", "://",
        "\u0301", "\u200D", "\u00AD", "\u200B", "\uFE0F", "\uD83D\uDE00", "\uD83D", "\uDE00", "\uD83D\uDC4D\uD83C\uDFFD", "\u0000", "\u0007",
        "\u5317\u4EAC", "\u3002", "\u041F\u0443\u0442\u0438\u043D", "e\u0301", "\uD840\uDC00",
    ];

    private static readonly Gen<string> Piece = Gen.Frequency(
        (6, Gen.Elements(Pieces)),
        (2, Gen.Choose(0, 0xFFFF).Select(i => ((char)i).ToString())),
        (1, Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32)),
        (3, Gen.Elements("a", "b", "Z", "q", "7", "x").ArrayOf().Select(string.Concat)));

    private static readonly Arbitrary<string> Texts = Piece.ArrayOf().Select(string.Concat).ToArbitrary();

    [Property(MaxTest = 500)]
    public Property Segmentation_round_trips_and_is_well_formed_on_any_text() =>
        Prop.ForAll(Texts, text => SegmentationInvariants.AssertDocument(Annotate.Run(text, new Segmenter())));

    [Property(MaxTest = 300)]
    public Property Tokenize_stays_inside_the_requested_range() =>
        Prop.ForAll(Texts, Arb.From(Gen.Choose(0, 1000)), Arb.From(Gen.Choose(0, 1000)), (text, a, b) =>
        {
            int start = OffPair(text, Math.Min(a, b) % (text.Length + 1));
            int end = OffPair(text, Math.Max(start, Math.Max(a, b) % (text.Length + 1)));
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, start, end, tokens);
            SegmentationInvariants.AssertTokens(text, start, end, tokens);
        });

    /// <summary>Moves an offset that falls inside a surrogate pair to the pair's end: callers pass whole characters.</summary>
    private static int OffPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]) ? offset + 1 : offset;

    [Fact]
    public void Only_white_space_separates_tokens_for_every_utf16_unit()
    {
        for (int c = 0; c <= 0xFFFF; c++)
        {
            string text = "a" + (char)c + "b";
            var tokens = new List<Token>();
            Tokenizer.Tokenize(text, 0, text.Length, tokens);
            SegmentationInvariants.AssertTokens(text, 0, text.Length, tokens);
        }
    }
}
