using Extraction.Corpora;

namespace Extraction.Tests.Corpora;

internal static class CorpusAssert
{
    /// <summary>Every entity's text is exactly its slice of the document text, and tokens and sentences lie inside the text.</summary>
    public static void OffsetsExact(Corpus corpus)
    {
        foreach (var d in corpus.Documents)
        {
            foreach (var e in d.Entities)
            {
                Assert.True(e.Start >= 0 && e.Start < e.End && e.End <= d.Text.Length, $"{d.Id} {e.Id} [{e.Start},{e.End})");
                Assert.Equal(d.Text[e.Start..e.End], e.Text);
            }
            foreach (var t in d.Tokens) Assert.InRange(t.End, t.Start, d.Text.Length);
            foreach (var s in d.Sentences) Assert.InRange(s.End, s.Start, d.Text.Length);
        }
    }

    public static int Count(Corpus corpus, string label) => corpus.Documents.Sum(d => d.Entities.Count(e => e.Label == label));

    public static string WriteTemp(string name, string content)
    {
        string path = Path.Combine(Support.TestPaths.NewTempDirectory(), name);
        File.WriteAllText(path, content);
        return path;
    }
}
