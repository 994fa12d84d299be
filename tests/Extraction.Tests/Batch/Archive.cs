using System.Text;
using System.Text.Json;
using Extraction.Tests.Sinks;

namespace Extraction.Tests.Batch;

/// <summary>Generated input archives, and checks of a run's outputs against each other.</summary>
public static class Archive
{
    private static readonly string[] Words =
        ["Moscow", "Dushanbe", "Rakhmonov", "said", "the", "security", "treaty", "on", "Monday", "troops", "border", "agreed", "with", "NATO", "talks"];

    /// <summary>Writes <paramref name="count"/> plain-text articles (doc00000.txt, …) into <paramref name="directory"/>.</summary>
    public static List<string> WriteArticles(string directory, int count, int wordsPerArticle = 120)
    {
        Directory.CreateDirectory(directory);
        var random = new Random(count);
        var ids = new List<string>();
        for (int i = 0; i < count; i++)
        {
            var text = new StringBuilder($"Article {i}. ");
            for (int w = 0; w < wordsPerArticle; w++)
                text.Append(Words[random.Next(Words.Length)]).Append(w % 15 == 14 ? ". " : " ");
            string id = $"doc{i:D5}";
            File.WriteAllText(Path.Combine(directory, id + ".txt"), text.ToString());
            ids.Add(id);
        }
        return ids;
    }

    /// <summary>The documents of a JSONL output, by id. Fails on any line that is not a whole JSON object.</summary>
    public static Dictionary<string, JsonElement> ReadJsonl(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0).Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToDictionary(e => e.GetProperty("id").GetString()!);

    /// <summary>
    /// Checks that the database holds exactly the documents of the JSONL output (same text hash), each with exactly
    /// as many rows in every child table as its JSON has items: no partial and no duplicated document.
    /// </summary>
    public static void AssertDatabaseMatches(TestDatabase db, IReadOnlyDictionary<string, JsonElement> documents)
    {
        var stored = db.Rows("SELECT id, text_sha256 FROM documents ORDER BY id");
        Assert.Equal(documents.Keys.Order(StringComparer.Ordinal), stored.Select(r => (string)r[0]!).Order(StringComparer.Ordinal));
        foreach (var row in stored)
            Assert.Equal(documents[(string)row[0]!].GetProperty("text_sha256").GetString(), row[1]);

        var expected = new Dictionary<string, Func<JsonElement, int>>
        {
            ["sentences"] = d => d.GetProperty("sentences").GetArrayLength(),
            ["entities"] = d => d.GetProperty("entities").GetArrayLength(),
            ["relations"] = d => d.GetProperty("relations").GetArrayLength(),
            ["events"] = d => d.GetProperty("events").GetArrayLength(),
            ["event_arguments"] = d => d.GetProperty("events").EnumerateArray().Sum(e => e.GetProperty("arguments").GetArrayLength()),
            ["citations"] = d => d.GetProperty("citations").GetArrayLength(),
            ["citation_sources"] = d => d.GetProperty("citations").EnumerateArray().Sum(c => c.GetProperty("sources").GetArrayLength()),
        };
        foreach (var (table, count) in expected)
        {
            var actual = db.Rows($"SELECT document_id, COUNT(*) FROM {table} GROUP BY document_id")
                .ToDictionary(r => (string)r[0]!, r => (long)r[1]!);
            foreach (var (id, doc) in documents)
                Assert.True(count(doc) == actual.GetValueOrDefault(id), $"{table} of {id}: JSON has {count(doc)}, database {actual.GetValueOrDefault(id)}");
        }
    }

    /// <summary>(read, written, rejected, skipped) from the run's summary line.</summary>
    public static (long Read, long Written, long Rejected, long Skipped) Counts(string stderr)
    {
        var m = System.Text.RegularExpressions.Regex.Match(stderr,
            @"documents: read (\d+), written (\d+), rejected (\d+)(?:, skipped (\d+))?");
        Assert.True(m.Success, "no summary line in: " + stderr);
        return (long.Parse(m.Groups[1].Value), long.Parse(m.Groups[2].Value), long.Parse(m.Groups[3].Value),
            m.Groups[4].Success ? long.Parse(m.Groups[4].Value) : 0);
    }
}
