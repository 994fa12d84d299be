using System.Text;
using Extraction.Model;

namespace Extraction.Tests.Segmentation;

/// <summary>The structural guarantees of segmentation, checked on any text (used by the property tests).</summary>
internal static class SegmentationInvariants
{
    public static void AssertTokens(string text, int start, int end, IReadOnlyList<Token> tokens)
    {
        var rebuilt = new StringBuilder(text.Length);
        int previous = start;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previous && token.End > token.Start && token.End <= end, $"bad token {token} after {previous}");
            var gap = text.AsSpan(previous, token.Start - previous);
            Assert.True(gap.IsWhiteSpace(), $"non-white-space gap before {token}");
            foreach (char c in text.AsSpan(token.Start, token.Length))
                Assert.False(char.IsWhiteSpace(c), $"white space inside {token}");
            Assert.False(SplitsPair(text, token.Start), $"token {token} starts inside a surrogate pair");
            Assert.False(SplitsPair(text, token.End), $"token {token} ends inside a surrogate pair");
            rebuilt.Append(gap).Append(text.AsSpan(token.Start, token.Length));
            previous = token.End;
        }
        Assert.True(text.AsSpan(previous, end - previous).IsWhiteSpace(), "non-white-space text after the last token");
        rebuilt.Append(text.AsSpan(previous, end - previous));
        Assert.Equal(text[start..end], rebuilt.ToString());
    }

    public static void AssertDocument(Document doc)
    {
        string text = doc.Text;
        AssertTokens(text, 0, text.Length, doc.Tokens);

        int previousEnd = 0;
        foreach (var p in doc.Paragraphs)
        {
            Assert.True(p.Start >= previousEnd && p.End > p.Start && p.End <= text.Length, $"bad paragraph {p}");
            Assert.False(char.IsWhiteSpace(text[p.Start]) || char.IsWhiteSpace(text[p.End - 1]), $"paragraph {p} not trimmed");
            previousEnd = p.End;
        }

        int nextToken = 0, lastParagraph = 0;
        foreach (var s in doc.Sentences)
        {
            Assert.Equal(nextToken, s.FirstToken);
            Assert.True(s.TokenCount > 0, $"empty sentence {s}");
            Assert.True(s.Paragraph >= lastParagraph && s.Paragraph < doc.Paragraphs.Count, $"bad paragraph index in {s}");
            Assert.Equal(doc.Tokens[s.FirstToken].Start, s.Start);
            Assert.Equal(doc.Tokens[s.EndToken - 1].End, s.End);
            var paragraph = doc.Paragraphs[s.Paragraph];
            Assert.True(s.Start >= paragraph.Start && s.End <= paragraph.End, $"sentence {s} leaves paragraph {paragraph}");
            nextToken = s.EndToken;
            lastParagraph = s.Paragraph;
        }
        Assert.Equal(doc.Tokens.Count, nextToken);
    }

    private static bool SplitsPair(string text, int offset) =>
        offset > 0 && offset < text.Length && char.IsHighSurrogate(text[offset - 1]) && char.IsLowSurrogate(text[offset]);
}
